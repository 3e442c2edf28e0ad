package vn.thidua.ledger.api.commendation;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;

/**
 * A title or certificate was proposed for a person or a unit for a period; {@code campaignId} may be null.
 * {@code clusterId} is the cụm or khối a Cờ thi đua is for, null for every other title; revision 2 adds it, and
 * flags proposed before (revision 1) read without one: they stand for no cluster in particular.
 */
@Revision("2")
public record CommendationProposed(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period, String reason,
                                   CampaignId campaignId, ClusterId clusterId) implements LedgerEvent {

    public CommendationProposed(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                                String recipientId, String period, String reason, CampaignId campaignId) {
        this(commendationId, title, recipientKind, recipientId, period, reason, campaignId, null);
    }

    @Override
    public List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(List.of(commendationId, recipientKind.idOf(recipientId)));
        if (campaignId != null) {
            subjects.add(campaignId);
        }
        if (clusterId != null) {
            subjects.add(clusterId);
        }
        return List.copyOf(subjects);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
