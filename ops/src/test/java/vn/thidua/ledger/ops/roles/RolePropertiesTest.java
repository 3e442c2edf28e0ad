package vn.thidua.ledger.ops.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class SchedulerFollowsCommandRoleTest {

    private static String schedulerEnabledWithRoles(String roles) {
        MockEnvironment environment = new MockEnvironment().withProperty("thidua.roles", roles);
        new SchedulerFollowsCommandRole().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(SchedulerFollowsCommandRole.ENABLED);
    }

    @Test
    void queryOnlyNodeRunsNoScheduler() {
        assertThat(schedulerEnabledWithRoles("query")).isEqualTo("false");
    }

    @Test
    void nodeWithTheCommandRoleKeepsTheScheduler() {
        assertThat(schedulerEnabledWithRoles("command,query")).isNull();
        assertThat(schedulerEnabledWithRoles("Command")).isNull();
    }
}
