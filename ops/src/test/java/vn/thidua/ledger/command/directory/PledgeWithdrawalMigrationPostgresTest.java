package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Pledges withdrawn before their day was kept are known with that day after the migration. */
class PledgeWithdrawalMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_WITHDRAWAL_DAYS = "2026.12.07.02";

    @Test
    void storedWithdrawalsAreKnownWithTheirDay() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_WITHDRAWAL_DAYS)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO directory_unit (unit_id, name, kind) VALUES ('LB', 'Long Biên', 'DISTRICT')").update();
        jdbc.sql("INSERT INTO directory_person (person_id, unit_id, category, leader) VALUES ('P1', 'LB', 'CONG_CHUC', false)")
                .update();
        jdbc.sql("""
                INSERT INTO directory_campaign (campaign_id, scope_unit_id, starts_on, ends_on)
                VALUES ('NKTC', 'LB', DATE '2024-01-01', DATE '2025-12-31')""").update();
        jdbc.sql("""
                INSERT INTO directory_pledge (pledge_id, campaign_id, person_id, active)
                VALUES ('CK-1', 'NKTC', 'P1', false), ('CK-2', 'NKTC', 'P1', true)""").update();
        String withdrawn = """
                {"pledgeId": "CK-1", "campaignId": "NKTC", "personId": "P1", "withdrawnOn": "2024-06-01",
                 "reason": "Chuyển công tác"}""";
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES ('e-1', 'CK-1', 1, 'Pledge', '2024-06-01T03:00:00Z',
                                'vn.thidua.ledger.api.pledge.PledgeWithdrawn', '1', ?)""")
                .params((Object) withdrawn.getBytes(StandardCharsets.UTF_8)).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
        assertThat(directory.lastPledgeWithdrawal(new CampaignId("NKTC"), new PersonId("P1")))
                .contains(LocalDate.of(2024, 6, 1));
        assertThat(directory.lastPledgeWithdrawal(new CampaignId("NKTC"), new PersonId("P2"))).isEmpty();
    }
}
