package vn.thidua.ledger.command.review;

import java.util.Optional;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.ReviewId;

/** Which campaigns already held their final review (tổng kết); committed events only. */
interface FinalReviews {

    Optional<ReviewId> finalReviewOf(CampaignId campaignId);
}
