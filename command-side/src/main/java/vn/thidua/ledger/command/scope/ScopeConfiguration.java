package vn.thidua.ledger.command.scope;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

    /** On the event store, which every aggregate and the bulk import stage their events through. */
    @Bean
    InitializingBean unitScopeCheckRegistration(EventStore eventStore, OrganisationDirectory directory,
                                                CommandBus commandBus, CommandTargetResolver targetResolver) {
        UnitScopeCheck check = new UnitScopeCheck(directory);
        return () -> {
            eventStore.registerDispatchInterceptor(check);
            commandBus.registerHandlerInterceptor(new TargetScopeScreen(check, directory, eventStore, targetResolver));
        };
    }
}
