package vn.thidua.ledger.command.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.review.ReviewKind;

/**
 * Keeps {@code directory_final_review} in the transaction that stores the events (the subscribing
 * {@code command-directory} group): two final reviews racing for one campaign end in a unique violation.
 */
@Component
@ProcessingGroup("command-directory")
class FinalReviewProjector {

    private final JdbcClient jdbc;

    FinalReviewProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewHeld event) {
        if (event.kind() == ReviewKind.FINAL) {
            jdbc.sql("INSERT INTO directory_final_review (campaign_id, review_id) VALUES (?, ?)")
                    .params(event.campaignId().value(), event.reviewId().value())
                    .update();
        }
    }
}
