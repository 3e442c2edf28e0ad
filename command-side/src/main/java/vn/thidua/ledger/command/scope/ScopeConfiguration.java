package vn.thidua.ledger.command.scope;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

    /** On the event store, which every aggregate and the bulk import stage their events through. */
    @Bean
    InitializingBean unitScopeCheckRegistration(EventStore eventStore, OrganisationDirectory directory) {
        return () -> eventStore.registerDispatchInterceptor(new UnitScopeCheck(directory));
    }
}
