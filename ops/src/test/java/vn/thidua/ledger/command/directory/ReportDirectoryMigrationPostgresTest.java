package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Reports registered before the directory knew them are known to it after the migration, each once. */
class ReportDirectoryMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_REPORT_DIRECTORY = "2026.12.05.01";
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final CampaignId QTUX = new CampaignId("QTUX-HN-2021");

    @Test
    void reportsAlreadyRegisteredAreKnownAndTheFirstOfTwiceRegisteredOnesIsTheOneNamed() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_REPORT_DIRECTORY)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO directory_unit (unit_id, name, kind) VALUES ('LB-PNV', 'Phòng Nội vụ', 'PHONG')").update();
        jdbc.sql("""
                INSERT INTO directory_campaign (campaign_id, scope_unit_id, starts_on, ends_on)
                VALUES ('QTUX-HN-2021', 'LB-PNV', DATE '2021-01-01', DATE '2025-12-31')""").update();
        required(jdbc, "BC-1", "{\"reportId\":\"BC-1\",\"unitId\":\"LB-PNV\",\"kind\":\"SIX_MONTHLY\",\"year\":2024,"
                + "\"campaignId\":\"QTUX-HN-2021\",\"dueBefore\":\"2024-06-10\"}");
        required(jdbc, "BC-2", "{\"reportId\":\"BC-2\",\"unitId\":\"LB-PNV\",\"kind\":\"SIX_MONTHLY\",\"year\":2024,"
                + "\"campaignId\":\"QTUX-HN-2021\",\"dueBefore\":\"2024-06-10\"}");
        required(jdbc, "BC-3", "{\"reportId\":\"BC-3\",\"unitId\":\"LB-PNV\",\"kind\":\"SIX_MONTHLY\",\"year\":2024,"
                + "\"campaignId\":null,\"dueBefore\":\"2024-06-10\"}");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
        assertThat(directory.requiredReport(PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, QTUX))
                .contains(new ReportId("BC-1"));
        assertThat(directory.requiredReport(PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, null))
                .contains(new ReportId("BC-3"));
        assertThat(directory.requiredReport(PHONG_NOI_VU, ReportKind.YEARLY, 2024, null)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single()).isEqualTo(3);
        // a registration racing past the check ends in a unique violation, under no campaign too
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO directory_report (report_id, unit_id, kind, year, campaign_id)
                VALUES ('BC-4', 'LB-PNV', 'SIX_MONTHLY', 2024, NULL)""").update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private static void required(JdbcClient jdbc, String reportId, String payload) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES (?, ?, 0, 'Report', '2024-05-01T03:00:00Z', 'vn.thidua.ledger.api.report.ReportRequired',
                                '1', ?)""")
                .params("e-" + reportId, reportId, payload.getBytes(StandardCharsets.UTF_8)).update();
    }
}
