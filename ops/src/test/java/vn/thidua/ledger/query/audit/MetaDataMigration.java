package vn.thidua.ledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;
import vn.thidua.ledger.query.time.AsOf;

/**
 * Two events of a person stored, with their audit entries, on a schema migrated up to {@code before} — the first
 * with {@code firstMetaData}, the second with an actor and correlation id only — then the rest of the migrations:
 * the trail the migration that copies something from the events' metadata left.
 */
final class MetaDataMigration {

    private MetaDataMigration() {
    }

    static List<AuditTrails.Entry> entriesAfter(EmbeddedPostgres postgres, String before, String firstMetaData) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        stored(jdbc, "e-0", firstMetaData);
        stored(jdbc, "e-1", "{\"actor\":\"admin\",\"correlationId\":\"c-2\"}");
        for (long position : List.of(0L, 1L)) {
            jdbc.sql("""
                    INSERT INTO audit_event (position, event_id, event_type, recorded_at, business_time, actor,
                                             correlation_id, data)
                    VALUES (?, ?, 'PersonEvaluated', '2024-06-01T02:00:00Z', '2024-05', 'admin', ?, '{}'::jsonb)""")
                    .params(position, "e-" + position, "c-" + (position + 1)).update();
            jdbc.sql("INSERT INTO audit_entry (subject_kind, subject_id, position, event_type) VALUES (?, ?, ?, ?)")
                    .params("persons", "LB-PNV-01", position, "PersonEvaluated").update();
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        return new AuditTrails(jdbc).find("persons", "LB-PNV-01", null, AsOf.NOW, 1).entries();
    }

    private static void stored(JdbcClient jdbc, String eventId, String metaData) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'PersonEvaluation', '2024-06-01T02:00:00Z',
                                'vn.thidua.ledger.api.evaluation.PersonEvaluated', '1', ?, ?)""")
                .params(eventId, "agg-" + eventId, "{}".getBytes(StandardCharsets.UTF_8),
                        metaData.getBytes(StandardCharsets.UTF_8)).update();
    }
}
