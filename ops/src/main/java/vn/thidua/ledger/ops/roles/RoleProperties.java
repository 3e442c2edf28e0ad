package vn.thidua.ledger.ops.roles;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.thidua.ledger.ops.settings.InvalidSettingException;

/**
 * Reads {@code THIDUA_ROLES} once, strictly: a comma-separated list of {@code command} and {@code query}, anything
 * else stops the node at startup (a misspelt role would start a node that serves nothing and still reports UP).
 * Publishes {@code thidua.role.command} and {@code thidua.role.query} for the conditions that switch each side on,
 * and switches db-scheduler off on a node without the command role: deadlines are delivered to aggregates, which
 * only command nodes hold; a query-only node picking a due deadline would find no aggregate and drop it.
 */
public class RoleProperties implements EnvironmentPostProcessor {

    static final String ENABLED = "db-scheduler.enabled";
    static final String COMMAND = "thidua.role.command";
    static final String QUERY = "thidua.role.query";
    private static final Set<String> KNOWN = Set.of("command", "query");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<String> roles = parse(environment.getProperty("thidua.roles", "command,query"));
        boolean command = roles.contains("command");
        environment.getPropertySources().addFirst(new MapPropertySource("thidua-roles", command
                ? Map.of(COMMAND, "true", QUERY, Boolean.toString(roles.contains("query")))
                : Map.of(COMMAND, "false", QUERY, "true", ENABLED, "false")));
    }

    /**
     * The roles named, in lower case; refuses an empty list, an empty entry ({@code command,,query}: a role lost in
     * a typo) and any name other than command or query.
     */
    static Set<String> parse(String value) {
        Set<String> roles = new LinkedHashSet<>();
        String[] named = value.split(",", -1);
        boolean blank = Arrays.stream(named).anyMatch(s -> s.strip().isEmpty());
        Arrays.stream(named).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).forEach(roles::add);
        Set<String> unknown = new LinkedHashSet<>(roles);
        unknown.removeAll(KNOWN);
        if (roles.isEmpty() || blank || !unknown.isEmpty()) {
            throw new InvalidSettingException("THIDUA_ROLES", value, "command, query hoặc command,query"
                    + (unknown.isEmpty() ? "" : " (không biết vai trò " + unknown + ")")
                    + " / command, query or command,query");
        }
        return roles;
    }
}
