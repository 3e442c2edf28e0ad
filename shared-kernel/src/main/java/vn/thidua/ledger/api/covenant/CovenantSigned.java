package vn.thidua.ledger.api.covenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.unit.UnitId;

/** Units signed an emulation covenant with each other under a movement. */
@Revision("1")
public record CovenantSigned(CovenantId covenantId, CampaignId campaignId, List<UnitId> unitIds, LocalDate signedOn,
                             String content) implements LedgerEvent {

    public CovenantSigned {
        unitIds = List.copyOf(unitIds);
    }

    @Override
    public List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(List.of(covenantId, campaignId));
        subjects.addAll(unitIds);
        return subjects;
    }

    @Override
    public String businessTime() {
        return signedOn.toString();
    }
}
