package vn.thidua.ledger.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.unit.UnitId;

/** Registers that a unit owes a report of some kind for a year, optionally under a campaign. */
public record RequireReport(@TargetAggregateIdentifier ReportId reportId, UnitId unitId, ReportKind kind, int year,
                            CampaignId campaignId) {
}
