package vn.thidua.ledger.ops.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class SettingChecksTest {

    private static void check(MockEnvironment environment) {
        new SettingChecks().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theDefaultsAndWellWrittenValuesPass() {
        assertThatCode(() -> check(new MockEnvironment()
                .withProperty("server.port", "8080").withProperty("thidua.demo", "TRUE")
                .withProperty("thidua.auth-cache-ttl", "PT5M").withProperty("thidua.query.max-wait", "5s")
                .withProperty("thidua.stream.max-age", "2m").withProperty("thidua.commands.committers", "2")))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(new MockEnvironment())).doesNotThrowAnyException();
    }

    @Test
    void aZeroCacheLeavesTheStreamsAgeToBeSetOnANodeThatStreams() {
        MockEnvironment zeroCache = new MockEnvironment().withProperty("thidua.auth-cache-ttl", "PT0S")
                .withProperty("thidua.stream.max-age", "PT0S");
        assertThatThrownBy(() -> check(zeroCache)).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.variable()).contains("THIDUA_STREAM_MAX_AGE", "THIDUA_AUTH_CACHE_TTL"));
        assertThatCode(() -> check(zeroCache.withProperty("thidua.roles", "command"))).doesNotThrowAnyException();
    }

    @Test
    void theValueInEffectIsChecked() {
        // the variable set, a command-line property before it
        assertThatCode(() -> check(new MockEnvironment().withProperty("THIDUA_ADMIN_PASSWORD", "short")
                .withProperty("thidua.admin-password", "mat-khau-du-dai"))).doesNotThrowAnyException();
        assertThatCode(() -> check(new MockEnvironment().withProperty("thidua.commands.group-commit", "on")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"server.port, THIDUA_PORT, abc", "server.port, THIDUA_PORT, 70000", "thidua.demo, THIDUA_DEMO, maybe",
            "thidua.auth-cache-ttl, THIDUA_AUTH_CACHE_TTL, abc", "thidua.query.max-wait, THIDUA_QUERY_MAX_WAIT, -PT5S",
            "thidua.stream.max-age, THIDUA_STREAM_MAX_AGE, PT0S",
            "thidua.commands.committers, THIDUA_COMMANDS_COMMITTERS, 0",
            "spring.datasource.hikari.maximum-pool-size, THIDUA_DB_POOL_SIZE, 0",
            "thidua.db.embedded-port, THIDUA_EMBEDDED_DB_PORT, -1",
            "thidua.rebuild.defer-indexes-from, THIDUA_REBUILD_DEFER_INDEXES_FROM, many",
            "thidua.commands.group-commit, THIDUA_COMMANDS_GROUP_COMMIT, maybe",
            "thidua.query.max-wait, THIDUA_QUERY_MAX_WAIT, ' 10s'", "thidua.query.max-wait, THIDUA_QUERY_MAX_WAIT, 5"})
    void aWrongValueStopsTheNodeNamingItsVariableAndValue(String property, String variable, String value) {
        // as application.yml maps each variable to its property
        MockEnvironment environment = new MockEnvironment().withProperty(variable, value).withProperty(property, value);
        assertThatThrownBy(() -> check(environment))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.variable()).isEqualTo(variable);
                    assertThat(e.value()).isEqualTo(value);
                });
    }

    @Test
    void theFirstAdminsPasswordObeysTheAccountsRulesAndIsNeverEchoed() {
        assertThatThrownBy(() -> check(new MockEnvironment().withProperty("THIDUA_ADMIN_PASSWORD", "secret123")
                .withProperty("thidua.admin-password", "secret123")))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.variable()).isEqualTo("THIDUA_ADMIN_PASSWORD");
                    assertThat(e.getMessage()).doesNotContain("secret123");
                });
        assertThatCode(() -> check(new MockEnvironment().withProperty("thidua.admin-password", "mat-khau-du-dai")))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(new MockEnvironment().withProperty("thidua.admin-password", "   ")))
                .doesNotThrowAnyException();
    }

    @Test
    void theFailureIsToldInTwoLinesNamingTheVariable() {
        InvalidSettingException wrong = new InvalidSettingException("THIDUA_PORT", "abc", "một số nguyên");
        FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(new IllegalStateException(wrong));
        assertThat(analysis.getDescription()).contains("THIDUA_PORT='abc'");
        assertThat(analysis.getAction()).contains("THIDUA_PORT", "một số nguyên");
    }
}
