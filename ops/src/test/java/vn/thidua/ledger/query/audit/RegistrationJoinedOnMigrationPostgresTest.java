package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.query.rebuild.PostgresTest;
import vn.thidua.ledger.query.time.AsOf;

/** Registrations projected before they were dated by the first day of service are dated by it after the migration. */
class RegistrationJoinedOnMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_JOINED_ON_DATES = "2026.12.12.01";

    @Test
    void aRegistrationTellingTheFirstDayOfServiceIsDatedByIt() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_JOINED_ON_DATES)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        registered(jdbc, 0, "LB-PNV-01", "{\"personId\": \"LB-PNV-01\", \"joinedOn\": \"2024-06-15\"}");
        // registered without the day: dated when recorded, as before
        registered(jdbc, 1, "LB-PNV-02", "{\"personId\": \"LB-PNV-02\", \"joinedOn\": null}");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        AuditTrails trails = new AuditTrails(jdbc);
        List<AuditTrails.Entry> joined = trails.find("persons", "LB-PNV-01", null, AsOf.NOW, 1).entries();
        assertThat(joined).extracting(AuditTrails.Entry::occurredOn).containsExactly("2024-06-15");
        List<AuditTrails.Entry> undated = trails.find("persons", "LB-PNV-02", null, AsOf.NOW, 1).entries();
        assertThat(undated).extracting(AuditTrails.Entry::occurredOn).doesNotContain("2024-06-15");
    }

    private static void registered(JdbcClient jdbc, long position, String personId, String data) {
        jdbc.sql("""
                INSERT INTO audit_event (position, event_id, event_type, recorded_at, actor, correlation_id, data)
                VALUES (?, ?, 'PersonRegistered', '2026-12-01T02:00:00Z', 'admin', 'c', ?::jsonb)""")
                .params(position, "e-" + position, data).update();
        jdbc.sql("INSERT INTO audit_entry (subject_kind, subject_id, position, event_type) VALUES (?, ?, ?, ?)")
                .params("persons", personId, position, "PersonRegistered").update();
    }
}
