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
 * Leaves, pledge withdrawals and report submissions projected before the audit placed them as it now does are placed
 * so after the migration, as a rebuild of the audit would place them.
 */
class AuditLeavePledgeReportMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE = "2026.12.13.03";

    @Test
    void entriesRecordedBeforeArePlacedAsTheProjectorNowPlacesThem() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        event(jdbc, 1, "PersonRegistered", "{\"personId\": \"P\", \"unitId\": \"PNV\"}", "persons", "P", "units", "PNV");
        event(jdbc, 2, "PledgeSigned", "{\"pledgeId\": \"CK\", \"personId\": \"P\", \"unitId\": \"PNV\"}",
                "pledges", "CK", "persons", "P");
        event(jdbc, 3, "PersonTransferred",
                "{\"personId\": \"P\", \"fromUnitId\": \"PNV\", \"toUnitId\": \"BD\", \"effectiveOn\": \"2024-09-01\"}",
                "persons", "P", "units", "BD");
        event(jdbc, 4, "LeaveRecorded",
                "{\"personId\": \"P\", \"unitId\": \"PNV\", \"from\": \"2024-07-01\", \"to\": \"2024-11-01\"}",
                "persons", "P", "units", "PNV");
        event(jdbc, 5, "PledgeWithdrawn", "{\"pledgeId\": \"CK\", \"personId\": \"P\", \"withdrawnOn\": \"2024-10-01\"}",
                "pledges", "CK", "persons", "P");
        event(jdbc, 6, "ReportOverdue", "{\"reportId\": \"BC\", \"unitId\": \"BD\"}", "reports", "BC", "units", "BD");
        event(jdbc, 7, "ReportSubmitted", "{\"reportId\": \"BC\", \"unitId\": \"BD\", \"onTime\": true}",
                "reports", "BC", "units", "BD");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        AuditTrails trails = new AuditTrails(jdbc);
        assertThat(trails.find("units", "BD", null, AsOf.NOW, 7).entries()).extracting(AuditTrails.Entry::position)
                .containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(trails.find("reports", "BC", null, AsOf.NOW, 7).entries().get(1).corrects()).isEqualTo(6L);
    }
}
