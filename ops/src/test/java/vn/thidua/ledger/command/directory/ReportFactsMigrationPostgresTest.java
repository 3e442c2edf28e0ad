package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Reports required and submitted before the directory counted them as facts of their unit are counted after it. */
class ReportFactsMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_REPORT_FACTS = "2026.12.11.07";
    private long index;

    @Test
    void storedReportsDateTheirUnitByTheirPeriodAndSubmission() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(BEFORE_REPORT_FACTS).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        event(jdbc, "ReportRequired", """
                {"reportId": "BC-1", "unitId": "LB-TK", "kind": "SIX_MONTHLY", "year": 2025, "dueBefore": "2025-06-10"}""");
        event(jdbc, "ReportSubmitted", """
                {"reportId": "BC-1", "unitId": "LB-TK", "kind": "SIX_MONTHLY", "year": 2025, "submittedOn": "2025-06-03",
                 "dueBefore": "2025-06-10", "onTime": true}""");
        event(jdbc, "ReportRequired", """
                {"reportId": "BC-2", "unitId": "LB-VP", "kind": "YEARLY", "year": 2026, "dueBefore": "2026-11-30"}""");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
        assertThat(directory.latestFact(new UnitId("LB-TK"))).get()
                .extracting(OrganisationDirectory.DatedFact::day).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(directory.latestFact(new UnitId("LB-VP"))).get()
                .extracting(OrganisationDirectory.DatedFact::key, OrganisationDirectory.DatedFact::day)
                .containsExactly("report:BC-2", LocalDate.of(2026, 1, 1));
    }

    private void event(JdbcClient jdbc, String type, String payload) {
        long n = index++;
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES (?, ?, ?, 'Report', '2025-01-01T03:00:00Z', ?, '1', ?)""")
                .params("e-" + n, "report-" + n, n, "vn.thidua.ledger.api.report." + type,
                        payload.getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
