package vn.thidua.ledger.api.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit was moved under another parent from a date. */
@Revision("1")
public record UnitMoved(UnitId unitId, UnitId previousParentId, UnitId parentId, LocalDate effectiveOn) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return previousParentId == null ? List.of(unitId, parentId) : List.of(unitId, parentId, previousParentId);
    }

    @Override
    public String businessTime() {
        return effectiveOn.toString();
    }
}
