package vn.thidua.ledger.command.commendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/**
 * Two flags of one cluster approved in one group commit, each decided before the other was stored, fail the group:
 * stored one at a time, the second is refused as it would have been alone.
 */
class TitlesInForcePostgresTest extends PostgresTest {

    private static CommendationApproved flag(String id, String unit, String period, String cluster) {
        return new CommendationApproved(new CommendationId(id), CommendationTitle.CO_THI_DUA, RecipientKind.UNIT, unit,
                period, "1/QĐ", LocalDate.of(2025, 1, 10), cluster == null ? null : new ClusterId(cluster));
    }

    private static CommendationApproved title(String id, CommendationTitle title, String person, String period) {
        return new CommendationApproved(new CommendationId(id), title, RecipientKind.PERSON, person, period, "2/QĐ",
                LocalDate.of(2025, 1, 10), null);
    }

    private JdbcClient migrated() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }

    @Test
    void aSecondFlagOfOneClusterForAnOverlappingPeriodFailsTheGroup() {
        TitlesInForce titles = new TitlesInForce(migrated());
        titles.on(flag("F1", "LB-BD", "2024", "CUM-1"));
        // another cluster, another year, a flag without a cluster: no conflict
        titles.on(flag("F2", "LB-NL", "2024", "KHOI-2"));
        titles.on(flag("F3", "LB-NL", "2025", "CUM-1"));
        titles.on(flag("F4", "LB-GT", "2024", null));

        assertThatThrownBy(() -> titles.on(flag("F5", "LB-GT", "2024-H2", "CUM-1")))
                .hasMessageContaining("decided together");
    }

    @Test
    void theSameTitleOfOneRecipientForAnOverlappingPeriodApprovedTwiceFailsTheGroup() {
        TitlesInForce titles = new TitlesInForce(migrated());
        titles.on(title("T1", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-TWICE", "2024"));
        // another title, another year, another person, a certificate (which may repeat): no conflict
        titles.on(title("T2", CommendationTitle.CHIEN_SI_THI_DUA_CO_SO, "P-TWICE", "2024"));
        titles.on(title("T3", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-TWICE", "2025"));
        titles.on(title("T4", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-OTHER", "2024"));
        titles.on(title("T5", CommendationTitle.GIAY_KHEN, "P-TWICE", "2024"));
        titles.on(title("T6", CommendationTitle.GIAY_KHEN, "P-TWICE", "2024"));

        assertThatThrownBy(() -> titles.on(title("T7", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-TWICE", "2024")))
                .hasMessageContaining("decided together");
    }

    @Test
    void aTitleApprovedWhileAViolationInItsPeriodWasConfirmedFailsTheGroup() {
        JdbcClient jdbc = migrated();
        TitlesInForce titles = new TitlesInForce(jdbc);
        jdbc.sql("""
                        INSERT INTO directory_violation (violation_id, subject_kind, subject_id, occurred_on, confirmed)
                        VALUES ('V-CONF', 'PERSON', 'P-VIOL', DATE '2024-06-03', TRUE),
                               ('V-OPEN', 'PERSON', 'P-CLEAN', DATE '2024-06-03', FALSE),
                               ('V-UNIT', 'UNIT', 'P-CLEAN', DATE '2024-06-03', TRUE)""").update();
        // a violation only recorded, or one of a unit sharing the person's id, or outside the period: no conflict
        titles.on(title("C1", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-CLEAN", "2024"));
        titles.on(title("C2", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-VIOL", "2025"));

        assertThatThrownBy(() -> titles.on(title("C3", CommendationTitle.LAO_DONG_TIEN_TIEN, "P-VIOL", "2024")))
                .hasMessageContaining("confirmed violation");
    }
}
