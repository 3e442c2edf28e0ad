package vn.thidua.ledger.ops.roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.thidua.ledger.command.CommandSideConfiguration;
import vn.thidua.ledger.query.QuerySideConfiguration;

/** Switches the command and query sides on or off from {@code THIDUA_ROLES} (both by default; see {@link RoleProperties}). */
final class NodeRoles {

    private NodeRoles() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = RoleProperties.COMMAND, havingValue = "true")
    @Import(CommandSideConfiguration.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = RoleProperties.QUERY, havingValue = "true")
    @Import(QuerySideConfiguration.class)
    static class QueryRole {
    }
}
