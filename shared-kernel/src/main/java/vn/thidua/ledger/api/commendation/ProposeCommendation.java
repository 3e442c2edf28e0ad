package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.campaign.CampaignId;

/**
 * Proposes a title or certificate for a person or a unit ({@code recipientId}) for a period, usually a year,
 * optionally under a campaign. {@code recipientKind} may be left out unless the id names both a person and a
 * unit and the title suits both.
 */
public record ProposeCommendation(@TargetAggregateIdentifier CommendationId commendationId, CommendationTitle title,
                                  String recipientId, RecipientKind recipientKind, String period, String reason,
                                  CampaignId campaignId) {
}
