package vn.thidua.ledger.command.review;

import java.time.LocalDate;
import java.util.Optional;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

/** The reviews campaigns held: the final one (tổng kết) and the last mid-term one (sơ kết); committed events only. */
interface HeldReviews {

    /** A review and the day it was held. */
    record Held(ReviewId reviewId, LocalDate heldOn) {
    }

    Optional<Held> finalReviewOf(CampaignId campaignId);

    Optional<Held> lastMidTermReviewOf(CampaignId campaignId);

    /** A mid-term review of the campaign held on {@code heldOn}, if one was recorded. */
    Optional<Held> midTermReviewOn(CampaignId campaignId, java.time.LocalDate heldOn);
}
