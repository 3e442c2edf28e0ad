package vn.thidua.ledger.api.inspection;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * An inspection found {@code result} on checklist item {@code item} (of checklist version
 * {@code checklistVersion}); a later finding on the same item supersedes it.
 */
@Revision("1")
public record InspectionFindingRecorded(InspectionId inspectionId, UnitId targetUnitId, String period,
                                        int checklistVersion, String item, FindingResult result, String note)
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
