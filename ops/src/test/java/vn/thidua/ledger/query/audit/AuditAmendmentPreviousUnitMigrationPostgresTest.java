package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.query.audit.StoredAuditRows.event;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.query.rebuild.PostgresTest;
import vn.thidua.ledger.query.time.AsOf;

/**
 * Amendments projected before the audit placed them in the trail of the unit their violation moved out of are placed
 * there after the migration, as a rebuild of the audit would place them.
 */
class AuditAmendmentPreviousUnitMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE = "2026.12.14.02";

    @Test
    void anAmendmentMovingAViolationToAnotherUnitStaysInTheTrailOfTheUnitItLeft() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        event(jdbc, 1, "ViolationRecorded", "{\"violationId\": \"VP\", \"subjectId\": \"P\", \"unitId\": \"PNV\"}",
                "violations", "VP", "persons", "P", "units", "PNV");
        event(jdbc, 2, "ViolationAmended", "{\"violationId\": \"VP\", \"subjectId\": \"P\", \"unitId\": \"PTP\"}",
                "violations", "VP", "persons", "P", "units", "PTP");
        event(jdbc, 3, "ViolationAmended", "{\"violationId\": \"VP\", \"subjectId\": \"P\", \"unitId\": \"PNV\"}",
                "violations", "VP", "persons", "P", "units", "PNV");
        event(jdbc, 4, "ViolationAmended", "{\"violationId\": \"VP\", \"subjectId\": \"P\", \"unitId\": \"PNV\"}",
                "violations", "VP", "persons", "P", "units", "PNV");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        AuditTrails trails = new AuditTrails(jdbc);
        assertThat(trails.find("units", "PNV", null, AsOf.NOW, 4).entries()).extracting(AuditTrails.Entry::position)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(trails.find("units", "PTP", null, AsOf.NOW, 4).entries()).extracting(AuditTrails.Entry::position)
                .containsExactly(2L, 3L);
    }
}
