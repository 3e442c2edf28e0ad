package vn.thidua.ledger.command.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

/** {@link HeldReviews} held in memory, for aggregate tests. */
class InMemoryHeldReviews implements HeldReviews {

    private final Map<CampaignId, Held> finals = new HashMap<>();
    private final Map<CampaignId, Held> midTerms = new HashMap<>();

    InMemoryHeldReviews withFinalReview(String campaignId, String reviewId, LocalDate heldOn) {
        finals.put(new CampaignId(campaignId), new Held(new ReviewId(reviewId), heldOn));
        return this;
    }

    InMemoryHeldReviews withMidTermReview(String campaignId, String reviewId, LocalDate heldOn) {
        midTerms.merge(new CampaignId(campaignId), new Held(new ReviewId(reviewId), heldOn),
                (a, b) -> Comparator.comparing(Held::heldOn).compare(a, b) >= 0 ? a : b);
        return this;
    }

    @Override
    public Optional<Held> finalReviewOf(CampaignId campaignId) {
        return Optional.ofNullable(finals.get(campaignId));
    }

    @Override
    public Optional<Held> lastMidTermReviewOf(CampaignId campaignId) {
        return Optional.ofNullable(midTerms.get(campaignId));
    }
}
