package vn.thidua.ledger.api.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Launches a campaign over a unit's subtree for a time frame; the mid-term (sơ kết) and final (tổng kết)
 * review dates are optional.
 */
public record LaunchCampaign(@TargetAggregateIdentifier CampaignId campaignId, String title, CampaignKind kind,
                             UnitId scopeUnitId, LocalDate from, LocalDate to, LocalDate midTermReview,
                             LocalDate finalReview) {
}
