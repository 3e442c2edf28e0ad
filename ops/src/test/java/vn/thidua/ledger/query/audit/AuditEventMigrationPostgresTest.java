package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.rebuild.PostgresTest;
import vn.thidua.ledger.query.time.AsOf;

/** Trails written before an event's details moved to {@code audit_event} read the same after the migration. */
class AuditEventMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_AUDIT_EVENT = "2026.11.22.03";
    /** An event's details as the trail reads them, from the table (and condition) given, oldest first. */
    private static final String DETAILS = """
            SELECT position || ' ' || recorded_at || ' ' || event_type || ' ' || business_time || ' ' || actor || ' '
                   || correlation_id || ' ' || event_id || ' ' || coalesce(corrects_position::text, '-') || ' '
                   || data::text
            FROM %s ORDER BY position""";

    @Test
    void entriesWrittenOncePerEntityBecomeOneEventEachWithTheirTrailsUnchanged() {
        migratesTrailsOf(database("as_created"), false);
    }

    @Test
    void aTrailRebuiltBeforeTheMigrationIsMigratedWhateverItsIndexesAreCalled() {
        migratesTrailsOf(database("rebuilt"), true);
    }

    /**
     * Fills the old audit table, as created or, if {@code rebuilt}, as a rebuild leaves it (its copy's index names,
     * and the table it replaced still there), migrates, and checks the trails read as before.
     */
    private void migratesTrailsOf(DriverManagerDataSource dataSource, boolean rebuilt) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_AUDIT_EVENT)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        if (rebuilt) {
            // what ProjectionRebuilder does, up to a node stopped before dropping the replaced table
            jdbc.sql("CREATE TABLE audit_entry__rebuild (LIKE audit_entry INCLUDING ALL)").update();
            jdbc.sql("ALTER TABLE audit_entry RENAME TO audit_entry__replaced").update();
            jdbc.sql("ALTER TABLE audit_entry__rebuild RENAME TO audit_entry").update();
            assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'audit_entry\\_\\_rebuild%'")
                    .query(Long.class).single()).isEqualTo(3);
        }
        String insert = """
                INSERT INTO audit_entry (subject_kind, subject_id, position, event_id, event_type, recorded_at,
                                         business_time, business_from, business_to, actor, correlation_id, data,
                                         corrects_position)
                VALUES (?, ?, ?, ?, ?, ?::timestamptz, ?, ?::date, ?::date, ?, ?, ?::jsonb, ?)""";
        // an evaluation concerning a person and a unit, then its correction, which corrects it
        for (String[] subject : List.of(new String[] {"person", "LB-PNV-01"}, new String[] {"unit", "LB-PNV"})) {
            jdbc.sql(insert).params(subject[0], subject[1], 5L, "e-5", "PersonEvaluated", "2024-06-01T02:00:00Z",
                    "2024-05", "2024-05-01", "2024-05-31", "admin", "c-1",
                    "{\"personId\": \"LB-PNV-01\", \"scores\": {\"TASKS\": 62.5}}", null).update();
            jdbc.sql(insert).params(subject[0], subject[1], 7L, "e-7", "PersonEvaluationCorrected",
                    "2024-06-03T02:00:00Z", "2024-05", "2024-05-01", "2024-05-31", "inspector", "c-2",
                    "{\"personId\": \"LB-PNV-01\", \"scores\": {\"TASKS\": 60}}", 5L).update();
        }
        // what the trail's query read from these rows before the migration
        List<String> before = jdbc.sql(DETAILS.formatted(
                "audit_entry WHERE subject_kind = 'person' AND subject_id = 'LB-PNV-01'")).query(String.class).list();
        AuditTrails trails = new AuditTrails(jdbc);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_entry'
                        ORDER BY ordinal_position""").query(String.class).list())
                .containsExactly("subject_kind", "subject_id", "position", "event_type");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'audit_entry'").query(String.class)
                .list()).singleElement().asString()
                .contains("UNIQUE").endsWith("(subject_kind, subject_id, \"position\") INCLUDE (event_type)");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE tablename = 'audit_entry__replaced'")
                .query(Long.class).single()).isZero();
        AuditTrails.Trail after = trails.find("person", "LB-PNV-01", null, AsOf.NOW, 7);
        assertThat(jdbc.sql(DETAILS.formatted("audit_event")).query(String.class).list()).isEqualTo(before);
        assertThat(after.entries()).hasSize(2);
        assertThat(after.entries().get(1).corrects()).isEqualTo(5L);
        assertThat(after.entries().get(1).data()).isEqualTo("{\"scores\": {\"TASKS\": 60}, \"personId\": \"LB-PNV-01\"}");
        assertThat(trails.find("unit", "LB-PNV", Period.parse("2024-05"), new AsOf(5L, null), 7).entries())
                .extracting(AuditTrails.Entry::type).containsExactly("PersonEvaluated");
        assertThat(trails.find("unit", "LB-PNV", Period.parse("2024-06"), AsOf.NOW, 7).entries()).isEmpty();
        assertThat(after.entries().get(0).period()).isEqualTo("2024-05");
    }

    private static DriverManagerDataSource database(String name) {
        JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""))
                .sql("CREATE DATABASE " + name).update();
        return new DriverManagerDataSource(postgres.jdbcUrl().replaceFirst("/postgres$", "/" + name), postgres.user(),
                "");
    }
}
