package vn.thidua.ledger.api.review;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.campaign.CampaignId;

/** Records that a mid-term or final review of a campaign was held on {@code heldOn}, with its summary. */
public record HoldReview(@TargetAggregateIdentifier ReviewId reviewId, CampaignId campaignId, ReviewKind kind,
                         LocalDate heldOn, String summary) {
}
