package vn.thidua.ledger.ops.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RolePropertiesTest {

    private static MockEnvironment withRoles(String roles) {
        MockEnvironment environment = new MockEnvironment().withProperty("thidua.roles", roles);
        new RoleProperties().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void queryOnlyNodeRunsNoSchedulerAndNoCommandSide() {
        MockEnvironment environment = withRoles("query");
        assertThat(environment.getProperty(RoleProperties.ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty(RoleProperties.COMMAND)).isEqualTo("false");
        assertThat(environment.getProperty(RoleProperties.QUERY)).isEqualTo("true");
    }

    @Test
    void nodeWithTheCommandRoleKeepsTheScheduler() {
        assertThat(withRoles("command,query").getProperty(RoleProperties.ENABLED)).isNull();
        MockEnvironment commandOnly = withRoles(" Command ");
        assertThat(commandOnly.getProperty(RoleProperties.ENABLED)).isNull();
        assertThat(commandOnly.getProperty(RoleProperties.COMMAND)).isEqualTo("true");
        assertThat(commandOnly.getProperty(RoleProperties.QUERY)).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"querry", "noquery", "command,reporting", "", " , ", "command,,query", "query,"})
    void aNodeWithAnUnknownOrNoRoleDoesNotStart(String roles) {
        assertThatThrownBy(() -> withRoles(roles)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("THIDUA_ROLES");
    }
}
