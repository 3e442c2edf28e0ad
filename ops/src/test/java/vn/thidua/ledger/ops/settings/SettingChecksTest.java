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

    @ParameterizedTest
    @CsvSource({"THIDUA_PORT, abc", "THIDUA_PORT, 70000", "THIDUA_DEMO, maybe", "THIDUA_AUTH_CACHE_TTL, abc",
            "THIDUA_QUERY_MAX_WAIT, -PT5S", "THIDUA_STREAM_MAX_AGE, PT0S", "THIDUA_COMMANDS_COMMITTERS, 0",
            "THIDUA_DB_POOL_SIZE, 0", "THIDUA_EMBEDDED_DB_PORT, -1", "THIDUA_REBUILD_DEFER_INDEXES_FROM, many",
            "THIDUA_COMMANDS_GROUP_COMMIT, yes"})
    void aWrongValueStopsTheNodeNamingItsVariableAndValue(String variable, String value) {
        assertThatThrownBy(() -> check(new MockEnvironment().withProperty(variable, value)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.variable()).isEqualTo(variable);
                    assertThat(e.value()).isEqualTo(value);
                });
    }

    @Test
    void theFirstAdminsPasswordObeysTheAccountsRulesAndIsNeverEchoed() {
        assertThatThrownBy(() -> check(new MockEnvironment().withProperty("THIDUA_ADMIN_PASSWORD", "secret123")))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.variable()).isEqualTo("THIDUA_ADMIN_PASSWORD");
                    assertThat(e.getMessage()).doesNotContain("secret123");
                });
        assertThatCode(() -> check(new MockEnvironment().withProperty("THIDUA_ADMIN_PASSWORD", "mat-khau-du-dai")))
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
