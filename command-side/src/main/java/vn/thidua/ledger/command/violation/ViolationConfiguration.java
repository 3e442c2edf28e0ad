package vn.thidua.ledger.command.violation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.api.violation.RuleCatalogue;

@Configuration(proxyBeanMethods = false)
class ViolationConfiguration {

    /** The catalogue rule codes are checked against; a bean, so handlers get it injected and tests can swap it. */
    @Bean
    RuleCatalogue ruleCatalogue() {
        return RuleCatalogue.current();
    }
}
