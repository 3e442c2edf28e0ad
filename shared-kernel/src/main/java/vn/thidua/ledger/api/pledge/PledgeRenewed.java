package vn.thidua.ledger.api.pledge;

import java.time.LocalDate;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A pledge was renewed for a year. */
@Revision("1")
public record PledgeRenewed(PledgeId pledgeId, CampaignId campaignId, PersonId personId, int year, LocalDate renewedOn, List<String> items) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(pledgeId, personId, campaignId);
    }

    @Override
    public String businessTime() {
        return renewedOn.toString();
    }
}
