package vn.thidua.ledger.command.dispatch;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    /**
     * Events inherit who asked (with the account's role and unit scope), the correlation id, the idempotency key
     * and the import they came with from the command that caused them.
     */
    @Bean
    CorrelationDataProvider requestMetaDataProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ACTOR, MetaDataKeys.ROLE, MetaDataKeys.UNIT_SCOPE,
                MetaDataKeys.CORRELATION_ID, MetaDataKeys.IDEMPOTENCY_KEY, MetaDataKeys.IMPORT_ID);
    }

    /** Used by every aggregate's command handler too (Axon's configuration takes a bean of this type). */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new CachingCommandTargetResolver();
    }

    @Bean
    InitializingBean commitInterceptorRegistration(CommandBus commandBus, JdbcClient jdbc,
                                                   CommandTargetResolver targets,
                                                   ObjectProvider<StoredNothingCheck> storedNothing) {
        return () -> {
            // before the handler locks its aggregate: every writer takes the append row first
            commandBus.registerHandlerInterceptor(new AppendTurn(jdbc));
            commandBus.registerHandlerInterceptor(new CommitInterceptor(jdbc, targets,
                    command -> storedNothing.ifAvailable(check -> check.check(command))));
        };
    }

    /** On the event store, which every aggregate and the bulk import stage their events through. */
    @Bean
    InitializingBean addressableNewIdsRegistration(org.axonframework.eventsourcing.eventstore.EventStore eventStore) {
        return () -> eventStore.registerDispatchInterceptor(new AddressableNewIds());
    }
}
