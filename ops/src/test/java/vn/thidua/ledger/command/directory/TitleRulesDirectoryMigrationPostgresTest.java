package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Violations, titles and cluster memberships stored before the title rules are known to them after the migration. */
class TitleRulesDirectoryMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_TITLE_RULES = "2026.12.05.10";
    private static final String VIOLATION = "vn.thidua.ledger.api.violation.Violation";
    private static final String HUONG = "LB-PNV-01";
    private long index;

    @Test
    void storedViolationsTitlesAndMembershipsAreKnownWithTheirLastState() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_TITLE_RULES)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // confirmed, then its day corrected
        violation(jdbc, "Recorded", "V1", "2025-03-01");
        violation(jdbc, "Confirmed", "V1", "2025-03-01");
        violation(jdbc, "Amended", "V1", "2024-05-01");
        // confirmed, then retracted
        violation(jdbc, "Recorded", "V2", "2024-06-01");
        violation(jdbc, "Confirmed", "V2", "2024-06-01");
        violation(jdbc, "Retracted", "V2", "2024-06-01");
        // recorded only
        violation(jdbc, "Recorded", "V3", "2024-07-01");
        jdbc.sql("""
                INSERT INTO directory_title (commendation_id, recipient_kind, recipient_id, period_from, period_to)
                VALUES ('KT-1', 'PERSON', 'LB-PNV-01', DATE '2024-01-01', DATE '2024-12-31')""").update();
        event(jdbc, "KT-1", "vn.thidua.ledger.api.commendation.CommendationApproved", """
                {"commendationId": "KT-1", "title": "CHIEN_SI_THI_DUA_CO_SO", "recipientKind": "PERSON",
                 "recipientId": "LB-PNV-01", "period": "2024", "decisionNo": "1/QĐ", "decidedOn": "2025-01-10"}""");
        event(jdbc, "CUM-1", "vn.thidua.ledger.api.cluster.ClusterMemberAdded", """
                {"clusterId": "CUM-1", "unitId": "LB-BD", "from": "2024-01-01", "to": null}""");
        event(jdbc, "CUM-1", "vn.thidua.ledger.api.cluster.ClusterMembershipEnded", """
                {"clusterId": "CUM-1", "unitId": "LB-BD", "from": "2024-01-01", "to": "2024-06-30"}""");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
        assertThat(directory.confirmedViolationBetween(SubjectKind.PERSON, HUONG, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).contains(new ViolationId("V1"));
        assertThat(directory.confirmedViolationBetween(SubjectKind.PERSON, HUONG, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(directory.isConfirmed(new ViolationId("V1"))).isTrue();
        assertThat(directory.isConfirmed(new ViolationId("V2"))).isFalse();
        assertThat(directory.isConfirmed(new ViolationId("V3"))).isFalse();
        assertThat(directory.titleInForce(CommendationTitle.CHIEN_SI_THI_DUA_CO_SO, RecipientKind.PERSON, HUONG,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).contains(new CommendationId("KT-1"));
        assertThat(directory.titleInForce(CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(directory.clustersBetween(new UnitId("LB-BD"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).containsExactly(new ClusterId("CUM-1"));
        assertThat(directory.clustersBetween(new UnitId("LB-BD"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).isEmpty();
    }

    private void violation(JdbcClient jdbc, String what, String id, String occurredOn) {
        event(jdbc, id, VIOLATION + what, """
                {"violationId": "%s", "subjectKind": "PERSON", "subjectId": "%s", "unitId": "LB-PNV",
                 "occurredOn": "%s"}""".formatted(id, HUONG, occurredOn));
    }

    private void event(JdbcClient jdbc, String aggregate, String type, String payload) {
        long n = index++;
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES (?, ?, ?, 'Test', '2025-01-01T03:00:00Z', ?, '1', ?)""")
                .params("e-" + n, aggregate, n, type, payload.getBytes(StandardCharsets.UTF_8)).update();
    }
}
