package vn.thidua.ledger.ops.roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.thidua.ledger.command.CommandSideConfiguration;
import vn.thidua.ledger.query.QuerySideConfiguration;

/** Switches the command and query sides on or off from {@code THIDUA_ROLES} (both by default). */
final class NodeRoles {

    private NodeRoles() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${thidua.roles}'.toLowerCase().contains('command')")
    @Import(CommandSideConfiguration.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${thidua.roles}'.toLowerCase().contains('query')")
    @Import(QuerySideConfiguration.class)
    static class QueryRole {
    }
}
