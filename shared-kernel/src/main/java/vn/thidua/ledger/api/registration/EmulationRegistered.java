package vn.thidua.ledger.api.registration;

import java.time.LocalDate;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.unit.UnitId;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit registered its emulation targets for a year of a movement. */
@Revision("1")
public record EmulationRegistered(RegistrationId registrationId, CampaignId campaignId, UnitId unitId, int year, LocalDate registeredOn, List<String> targets) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(registrationId, unitId, campaignId);
    }

    @Override
    public String businessTime() {
        return Integer.toString(year);
    }
}
