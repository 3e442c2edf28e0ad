package vn.thidua.ledger.api.unit;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit was registered in the organisation tree. */
@Revision("1")
public record UnitRegistered(UnitId unitId, String name, UnitKind kind, UnitId parentId) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return parentId == null ? List.of(unitId) : List.of(unitId, parentId);
    }
}
