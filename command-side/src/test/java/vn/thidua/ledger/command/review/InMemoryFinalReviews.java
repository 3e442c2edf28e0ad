package vn.thidua.ledger.command.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

/** {@link FinalReviews} held in memory, for aggregate tests. */
class InMemoryFinalReviews implements FinalReviews {

    private final Map<CampaignId, ReviewId> finals = new HashMap<>();

    InMemoryFinalReviews withFinalReview(String campaignId, String reviewId) {
        finals.put(new CampaignId(campaignId), new ReviewId(reviewId));
        return this;
    }

    @Override
    public Optional<ReviewId> finalReviewOf(CampaignId campaignId) {
        return Optional.ofNullable(finals.get(campaignId));
    }
}
