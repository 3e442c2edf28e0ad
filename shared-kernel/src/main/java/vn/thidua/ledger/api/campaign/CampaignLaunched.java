package vn.thidua.ledger.api.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A campaign was launched over a unit's subtree. */
@Revision("1")
public record CampaignLaunched(CampaignId campaignId, String title, CampaignKind kind, UnitId scopeUnitId,
                               LocalDate from, LocalDate to, LocalDate midTermReview, LocalDate finalReview)
        implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(campaignId, scopeUnitId);
    }

    @Override
    public String businessTime() {
        return from + ".." + to;
    }
}
