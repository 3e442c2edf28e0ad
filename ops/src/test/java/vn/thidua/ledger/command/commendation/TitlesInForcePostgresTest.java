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

    @Test
    void aSecondFlagOfOneClusterForAnOverlappingPeriodFailsTheGroup() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        TitlesInForce titles = new TitlesInForce(JdbcClient.create(dataSource));
        titles.on(flag("F1", "LB-BD", "2024", "CUM-1"));
        // another cluster, another year, a flag without a cluster: no conflict
        titles.on(flag("F2", "LB-NL", "2024", "KHOI-2"));
        titles.on(flag("F3", "LB-NL", "2025", "CUM-1"));
        titles.on(flag("F4", "LB-GT", "2024", null));

        assertThatThrownBy(() -> titles.on(flag("F5", "LB-GT", "2024-H2", "CUM-1")))
                .hasMessageContaining("decided together");
    }
}
