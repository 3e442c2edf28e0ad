package vn.thidua.ledger.api.commendation;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;

/** A title or certificate was proposed for a person or a unit for a period; {@code campaignId} may be null. */
@Revision("1")
public record CommendationProposed(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period, String reason,
                                   CampaignId campaignId) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(List.of(commendationId, recipientKind.idOf(recipientId)));
        if (campaignId != null) {
            subjects.add(campaignId);
        }
        return List.copyOf(subjects);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
