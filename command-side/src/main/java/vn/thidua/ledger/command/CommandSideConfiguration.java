package vn.thidua.ledger.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Everything of the {@code command} role: aggregates, command handlers and the write API. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "vn\\.thidua\\.ledger\\.command\\.eventstore\\..*"))
public class CommandSideConfiguration {
}
