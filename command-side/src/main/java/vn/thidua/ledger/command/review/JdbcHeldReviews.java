package vn.thidua.ledger.command.review;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

@Component
class JdbcHeldReviews implements HeldReviews {

    private final JdbcClient jdbc;

    JdbcHeldReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Held> finalReviewOf(CampaignId campaignId) {
        return jdbc.sql("SELECT review_id, held_on FROM directory_final_review WHERE campaign_id = ?")
                .param(campaignId.value())
                .query((rs, n) -> new Held(new ReviewId(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<Held> lastMidTermReviewOf(CampaignId campaignId) {
        return jdbc.sql("SELECT review_id, held_on FROM directory_mid_term_review WHERE campaign_id = ?"
                        + " ORDER BY held_on DESC, review_id LIMIT 1")
                .param(campaignId.value())
                .query((rs, n) -> new Held(new ReviewId(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<Held> midTermReviewOn(CampaignId campaignId, LocalDate heldOn) {
        return jdbc.sql("SELECT review_id, held_on FROM directory_mid_term_review WHERE campaign_id = ? AND held_on = ?"
                        + " ORDER BY review_id LIMIT 1")
                .params(campaignId.value(), heldOn)
                .query((rs, n) -> new Held(new ReviewId(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional();
    }
}
