package vn.thidua.ledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Reviews held before their days were kept are known with their days after the migration. */
class ReviewDatesMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_REVIEW_DATES = "2026.12.06.01";
    private static final CampaignId NKTC = new CampaignId("NKTC-2024");
    private long index;

    @Test
    void storedReviewsAreKnownWithTheDaysTheyWereHeld() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(BEFORE_REVIEW_DATES)
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO directory_unit (unit_id, name, kind) VALUES ('LB', 'Long Biên', 'DISTRICT')").update();
        jdbc.sql("""
                INSERT INTO directory_campaign (campaign_id, scope_unit_id, starts_on, ends_on)
                VALUES ('NKTC-2024', 'LB', DATE '2024-01-01', DATE '2025-12-31')""").update();
        jdbc.sql("INSERT INTO directory_final_review (campaign_id, review_id) VALUES ('NKTC-2024', 'TK')").update();
        held(jdbc, "SK-1", "MID_TERM", "2024-12-20");
        held(jdbc, "SK-2", "MID_TERM", "2025-06-30");
        // recorded late: stored after SK-2, held before it
        held(jdbc, "SK-0", "MID_TERM", "2024-06-01");
        held(jdbc, "TK", "FINAL", "2025-12-15");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcHeldReviews reviews = new JdbcHeldReviews(jdbc);
        assertThat(reviews.finalReviewOf(NKTC))
                .contains(new HeldReviews.Held(new ReviewId("TK"), LocalDate.of(2025, 12, 15)));
        assertThat(reviews.lastMidTermReviewOf(NKTC))
                .contains(new HeldReviews.Held(new ReviewId("SK-2"), LocalDate.of(2025, 6, 30)));
        assertThat(reviews.lastMidTermReviewOf(new CampaignId("VHCS-2019"))).isEmpty();
    }

    private void held(JdbcClient jdbc, String reviewId, String kind, String heldOn) {
        String payload = """
                {"reviewId": "%s", "campaignId": "NKTC-2024", "kind": "%s", "heldOn": "%s", "summary": null,
                 "chainHead": null}""".formatted(reviewId, kind, heldOn);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES (?, ?, 0, 'Review', '2025-01-01T03:00:00Z', 'vn.thidua.ledger.api.review.ReviewHeld',
                                '1', ?)""")
                .params("e-" + index++, reviewId, payload.getBytes(StandardCharsets.UTF_8)).update();
    }
}
