package vn.thidua.ledger.api.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

/** A person signed a pledge under a campaign, while working in {@code unitId}. */
@Revision("1")
public record PledgeSigned(PledgeId pledgeId, CampaignId campaignId, PersonId personId, UnitId unitId,
                           LocalDate signedOn, List<String> items) implements LedgerEvent {

    public PledgeSigned {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public List<EntityId> subjects() {
        return List.of(pledgeId, personId, campaignId, unitId);
    }

    @Override
    public String businessTime() {
        return signedOn.toString();
    }
}
