package vn.thidua.ledger.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything of the {@code query} role: projections, the read API and live updates. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class QuerySideConfiguration {
}
