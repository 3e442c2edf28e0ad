package vn.thidua.ledger.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.dispatch.TransactionMemo;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /** The directory must commit or fail with the events: run it in the publishing transaction, errors propagated. */
    @Bean
    ConfigurerModule directoryProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(DirectoryProjector.PROCESSING_GROUP)
                .assignProcessingGroup(DirectoryProjector.PROCESSING_GROUP, DirectoryProjector.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(DirectoryProjector.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                // answers remembered earlier in the transaction may no longer hold once the directory changes
                .registerHandlerInterceptor(DirectoryProjector.PROCESSING_GROUP, c -> (unitOfWork, chain) -> {
                    TransactionMemo.forget();
                    return chain.proceed();
                }));
    }
}
