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

    /** One screen, for the commands refused and for those that store nothing. */
    @Bean
    TargetScopeScreen targetScopeScreen(EventStore eventStore, OrganisationDirectory directory,
                                        CommandTargetResolver targetResolver) {
        return new TargetScopeScreen(new UnitScopeCheck(directory), directory, eventStore, targetResolver);
    }

    /** For the commands that store nothing: answered only within the account's scope. */
    @Bean
    StoredNothingCheck storedNothingWithinScope(TargetScopeScreen screen) {
        return screen::requireTargetWithinScope;
    }

    /** On the event store, which every aggregate and the bulk import stage their events through. */
    @Bean
    InitializingBean unitScopeCheckRegistration(EventStore eventStore, CommandBus commandBus, TargetScopeScreen screen) {
        return () -> {
            eventStore.registerDispatchInterceptor(screen.check());
            commandBus.registerHandlerInterceptor(screen);
        };
    }
}
