package vn.thidua.ledger.command.scope;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.StoredNothingCheck;

@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

    /** For the commands that store nothing: answered only within the account's scope. */
    @Bean
    StoredNothingCheck storedNothingWithinScope(EventStore eventStore, OrganisationDirectory directory,
                                                CommandTargetResolver targetResolver) {
        TargetScopeScreen screen = new TargetScopeScreen(new UnitScopeCheck(directory), directory, eventStore,
                targetResolver);
        return screen::requireTargetWithinScope;
    }

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
