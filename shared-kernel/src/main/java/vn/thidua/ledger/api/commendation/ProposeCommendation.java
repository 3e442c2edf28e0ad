package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;

/**
 * Proposes a title or certificate for a person or a unit ({@code recipientId}) for a period, usually a year,
 * optionally under a campaign. {@code recipientKind} may be left out unless the id names both a person and a
 * unit and the title suits both. {@code clusterId} names the cụm or khối a Cờ thi đua is for (only that title has
 * one); it may be left out when the unit belonged to a single one in the period.
 */
public record ProposeCommendation(@TargetAggregateIdentifier CommendationId commendationId, CommendationTitle title,
                                  String recipientId, RecipientKind recipientKind, String period, String reason,
                                  CampaignId campaignId, ClusterId clusterId) {

    public ProposeCommendation(CommendationId commendationId, CommendationTitle title, String recipientId,
                               RecipientKind recipientKind, String period, String reason, CampaignId campaignId) {
        this(commendationId, title, recipientId, recipientKind, period, reason, campaignId, null);
    }
}
