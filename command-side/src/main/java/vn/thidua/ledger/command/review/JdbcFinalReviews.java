package vn.thidua.ledger.command.review;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

@Component
class JdbcFinalReviews implements FinalReviews {

    private final JdbcClient jdbc;

    JdbcFinalReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReviewId> finalReviewOf(CampaignId campaignId) {
        return jdbc.sql("SELECT review_id FROM directory_final_review WHERE campaign_id = ?")
                .param(campaignId.value())
                .query((rs, n) -> new ReviewId(rs.getString(1)))
                .optional();
    }
}
