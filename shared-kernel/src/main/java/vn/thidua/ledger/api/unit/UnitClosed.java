package vn.thidua.ledger.api.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit was closed. */
@Revision("1")
public record UnitClosed(UnitId unitId, LocalDate closedOn, String reason) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(unitId);
    }

    @Override
    public String businessTime() {
        return closedOn.toString();
    }
}
