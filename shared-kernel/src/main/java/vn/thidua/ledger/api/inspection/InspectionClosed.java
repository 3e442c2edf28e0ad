package vn.thidua.ledger.api.inspection;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** An inspection was closed with its conclusion. */
@Revision("1")
public record InspectionClosed(InspectionId inspectionId, UnitId targetUnitId, String period, String conclusion)
        implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(inspectionId, targetUnitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
