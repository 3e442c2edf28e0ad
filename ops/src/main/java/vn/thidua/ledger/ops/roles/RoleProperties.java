package vn.thidua.ledger.ops.roles;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches db-scheduler off on a node without the command role. Deadlines are delivered to aggregates, which
 * only command nodes hold; a query-only node picking a due deadline would find no aggregate and drop it.
 */
public class SchedulerFollowsCommandRole implements EnvironmentPostProcessor {

    static final String ENABLED = "db-scheduler.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String roles = environment.getProperty("thidua.roles", "command,query");
        if (!roles.toLowerCase().contains("command")) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource("thidua-scheduler-follows-command-role", Map.of(ENABLED, "false")));
        }
    }
}
