package vn.thidua.ledger.api.unit;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit was renamed. */
@Revision("1")
public record UnitRenamed(UnitId unitId, String previousName, String name, String reason) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(unitId);
    }
}
