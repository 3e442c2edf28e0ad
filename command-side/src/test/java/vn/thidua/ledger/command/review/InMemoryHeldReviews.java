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
    private final Map<CampaignId, java.util.List<Held>> midTerms = new HashMap<>();

    InMemoryHeldReviews withFinalReview(String campaignId, String reviewId, LocalDate heldOn) {
        finals.put(new CampaignId(campaignId), new Held(new ReviewId(reviewId), heldOn));
        return this;
    }

    InMemoryHeldReviews withMidTermReview(String campaignId, String reviewId, LocalDate heldOn) {
        midTerms.computeIfAbsent(new CampaignId(campaignId), c -> new java.util.ArrayList<>())
                .add(new Held(new ReviewId(reviewId), heldOn));
        return this;
    }

    @Override
    public Optional<Held> finalReviewOf(CampaignId campaignId) {
        return Optional.ofNullable(finals.get(campaignId));
    }

    @Override
    public Optional<Held> lastMidTermReviewOf(CampaignId campaignId) {
        return midTerms.getOrDefault(campaignId, java.util.List.of()).stream().max(Comparator.comparing(Held::heldOn));
    }

    @Override
    public Optional<Held> midTermReviewOn(CampaignId campaignId, LocalDate heldOn) {
        return midTerms.getOrDefault(campaignId, java.util.List.of()).stream()
                .filter(held -> held.heldOn().equals(heldOn)).findFirst();
    }
}
