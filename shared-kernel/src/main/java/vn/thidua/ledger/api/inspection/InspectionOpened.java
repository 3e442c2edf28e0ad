package vn.thidua.ledger.api.inspection;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * An inspection of a unit over a period was opened. {@code checklistVersion} is the version of the
 * {@link InspectionChecklist} its findings are recorded against (the one in force when the period began).
 */
@Revision("1")
public record InspectionOpened(InspectionId inspectionId, InspectionTeam team, UnitId targetUnitId, String period,
                               int checklistVersion) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(inspectionId, targetUnitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
