package vn.thidua.ledger.command.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.review.ReviewKind;

/**
 * Keeps {@code directory_final_review} and {@code directory_mid_term_review} in the transaction that stores the
 * events (the subscribing {@code command-directory} group): two final reviews racing for one campaign end in a
 * unique violation.
 */
@Component
@ProcessingGroup("command-directory")
class HeldReviewProjector {

    private final JdbcClient jdbc;

    HeldReviewProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewHeld event) {
        String table = event.kind() == ReviewKind.FINAL ? "directory_final_review" : "directory_mid_term_review";
        jdbc.sql("INSERT INTO " + table + " (campaign_id, review_id, held_on) VALUES (?, ?, ?)")
                .params(event.campaignId().value(), event.reviewId().value(), event.heldOn())
                .update();
    }
}
