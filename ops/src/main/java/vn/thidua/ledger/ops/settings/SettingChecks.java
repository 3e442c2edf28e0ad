package vn.thidua.ledger.ops.settings;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Reads each setting of the README's table that is a number, a duration or a flag once, before anything starts:
 * a typo stops the node naming its variable, instead of a bean-creation chain with the cause a hundred lines down
 * (a duration), a start that serves on no port after a minute (a port out of range), or a silently ignored value
 * ({@code THIDUA_DEMO=maybe} read as false).
 */
public class SettingChecks implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        whole(environment, "server.port", "THIDUA_PORT", 0, 65_535);
        whole(environment, "thidua.db.embedded-port", "THIDUA_EMBEDDED_DB_PORT", 0, 65_535);
        whole(environment, "spring.datasource.hikari.maximum-pool-size", "THIDUA_DB_POOL_SIZE", 1, 1_000);
        whole(environment, "thidua.commands.committers", "THIDUA_COMMANDS_COMMITTERS", 1, 64);
        whole(environment, "thidua.rebuild.defer-indexes-from", "THIDUA_REBUILD_DEFER_INDEXES_FROM", 0,
                Long.MAX_VALUE);
        flag(environment, "thidua.demo", "THIDUA_DEMO");
        flag(environment, "thidua.commands.group-commit", "THIDUA_COMMANDS_GROUP_COMMIT");
        duration(environment, "thidua.auth-cache-ttl", "THIDUA_AUTH_CACHE_TTL", false);
        duration(environment, "thidua.query.max-wait", "THIDUA_QUERY_MAX_WAIT", false);
        // only a node serving reads streams rankings; unset, the stream's age is the cache's, which may be 0
        if (environment.getProperty("thidua.roles", "command,query").toLowerCase(Locale.ROOT).contains("query")) {
            duration(environment, "thidua.stream.max-age", environment.getProperty("THIDUA_STREAM_MAX_AGE") != null
                    ? "THIDUA_STREAM_MAX_AGE" : "THIDUA_STREAM_MAX_AGE (= THIDUA_AUTH_CACHE_TTL)", true);
        }
        adminPassword(environment);
    }

    /** The first admin's password obeys the rules every account's does (its value is never echoed). */
    static void adminPassword(ConfigurableEnvironment environment) {
        String password = given(environment, "thidua.admin-password");
        if (password == null || password.isBlank()) {
            return; // generated at the first start
        }
        if (password.codePointCount(0, password.length()) < 10
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new InvalidSettingException("THIDUA_ADMIN_PASSWORD", "…", "một mật khẩu từ 10 ký tự trở lên và "
                    + "không quá 72 byte UTF-8, như mọi tài khoản / a password of 10 characters or more and at most "
                    + "72 UTF-8 bytes, as for every account");
        }
    }

    /**
     * The value the node will run with: the property as resolved (a command-line argument before the variable, the
     * variable before the default).
     */
    private static String given(ConfigurableEnvironment environment, String property) {
        try {
            return environment.getProperty(property);
        } catch (IllegalArgumentException unresolvable) {
            return null; // a placeholder another check reports
        }
    }

    static void whole(ConfigurableEnvironment environment, String property, String variable, long min, long max) {
        String value = given(environment, property);
        if (value == null) {
            return;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return;
            }
        } catch (NumberFormatException notWhole) {
            // reported below
        }
        throw new InvalidSettingException(variable, value, "một số nguyên từ " + min + " đến "
                + (max == Long.MAX_VALUE ? "bao nhiêu cũng được" : String.valueOf(max)) + " / a whole number from "
                + min + (max == Long.MAX_VALUE ? " up" : " to " + max));
    }

    static void flag(ConfigurableEnvironment environment, String property, String variable) {
        String value = given(environment, property);
        if (value == null) {
            return;
        }
        // the words Spring reads as a flag
        if (!java.util.Set.of("true", "false", "on", "off", "yes", "no", "1", "0")
                .contains(value.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidSettingException(variable, value, "true hoặc false / true or false");
        }
    }

    static void duration(ConfigurableEnvironment environment, String property, String variable, boolean positive) {
        String value = given(environment, property);
        if (value == null) {
            return;
        }
        Duration duration;
        try {
            // read as Spring will read it (spaces included); a bare number would be milliseconds: its unit is asked
            duration = value.strip().matches("-?\\d+") ? null : DurationStyle.detectAndParse(value);
        } catch (IllegalArgumentException notDuration) {
            duration = null;
        }
        if (duration == null || duration.isNegative() || (positive && duration.isZero())) {
            throw new InvalidSettingException(variable, value, "một khoảng thời gian " + (positive ? "dương" : "không âm")
                    + " theo ISO-8601 hoặc kiểu 30s, 5m (ví dụ PT5M) / a " + (positive ? "positive" : "non-negative")
                    + " duration such as PT5M, 30s or 5m");
        }
    }
}
