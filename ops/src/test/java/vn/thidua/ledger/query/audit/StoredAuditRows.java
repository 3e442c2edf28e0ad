package vn.thidua.ledger.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Audit rows as a projector of an earlier version left them, for the tests of the migrations that follow it. */
final class StoredAuditRows {

    private StoredAuditRows() {
    }

    /** An event at {@code position} with its data, in the trails of {@code subjects} (kind, id, kind, id, …). */
    static void event(JdbcClient jdbc, long position, String type, String data, String... subjects) {
        jdbc.sql("""
                INSERT INTO audit_event (position, event_id, event_type, recorded_at, actor, correlation_id, data)
                VALUES (?, ?, ?, '2026-12-01T02:00:00Z', 'admin', 'c', ?::jsonb)""")
                .params(position, "e-" + position, type, data).update();
        for (int i = 0; i < subjects.length; i += 2) {
            jdbc.sql("INSERT INTO audit_entry (subject_kind, subject_id, position, event_type) VALUES (?, ?, ?, ?)")
                    .params(subjects[i], subjects[i + 1], position, type).update();
        }
    }
}
