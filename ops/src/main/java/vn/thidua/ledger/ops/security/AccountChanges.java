package vn.thidua.ledger.ops.security;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of the accounts: each opening, limit, disabling, enabling and password change with who made it and
 * when, kept in a table rows are only added to (accounts are not facts of the ledger, but an inspection still asks
 * who gave whom which rights) and told in the log.
 */
@Component
class AccountChanges {

    private static final Logger log = LoggerFactory.getLogger(AccountChanges.class);

    enum Change {
        OPENED("mở tài khoản"),
        SCOPED("đổi phạm vi ghi"),
        DISABLED("khóa tài khoản"),
        ENABLED("mở khóa tài khoản"),
        PASSWORD_RESET("đặt lại mật khẩu"),
        PASSWORD_CHANGED("tự đổi mật khẩu"),
        PASSWORD_SET_AT_START("đặt mật khẩu từ THIDUA_ADMIN_PASSWORD khi khởi động");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One change, and the account as it stood after it.
     *
     * @param actor who made it; null for the node itself (its first admin)
     */
    record Entry(Instant at, String actor, String change, String changeLabel, String role, String unitScope,
                 boolean enabled) {
    }

    record History(String username, List<Entry> changes) {
    }

    private static final RowMapper<Entry> ENTRY = (rs, n) -> {
        Change change = Change.valueOf(rs.getString("change"));
        return new Entry(rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"), change.name(),
                change.label(), rs.getString("role"), rs.getString("unit_scope"), rs.getBoolean("enabled"));
    };

    private final JdbcClient jdbc;

    AccountChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code change} of {@code username} by {@code actor} (null: the node), in the caller's transaction. */
    void record(String actor, String username, Change change) {
        Entry entry = jdbc.sql("""
                        INSERT INTO account_change (actor, username, change, role, unit_scope, enabled)
                        SELECT ?, u.username, ?, (SELECT min(replace(a.authority, 'ROLE_', '')) FROM authorities a
                                                  WHERE a.username = u.username), u.unit_scope, u.enabled
                        FROM users u WHERE u.username = ?
                        RETURNING changed_at, actor, change, role, unit_scope, enabled""")
                .params(actor, change.name(), username).query(ENTRY).single();
        log.info("Tài khoản {}: {} (bởi {}; quyền {}, phạm vi {}, {})", username, change.label(),
                actor == null ? "nút" : actor, entry.role(),
                entry.unitScope() == null ? "toàn tổ chức" : entry.unitScope(), entry.enabled() ? "mở" : "khóa");
    }

    /** The account's changes, oldest first. */
    List<Entry> of(String username) {
        return jdbc.sql("""
                        SELECT changed_at, actor, change, role, unit_scope, enabled FROM account_change
                        WHERE lower(username) = lower(?) ORDER BY id""")
                .param(username).query(ENTRY).list();
    }
}
