package vn.thidua.ledger.api.inspection;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * An inspection of a unit over a period was opened. {@code checklistVersion} is the version of the
 * {@link InspectionChecklist} its findings are recorded against (the one in force when the period began).
 * Revision 2 added who inspects ({@code kind}) and the day it began ({@code openedOn}), both null when not stated
 * (and in the events of revision 1).
 */
@Revision("2")
public record InspectionOpened(InspectionId inspectionId, InspectionTeam team, UnitId targetUnitId, String period,
                               int checklistVersion, InspectionKind kind, LocalDate openedOn) implements LedgerEvent {

    /** An inspection whose kind and day are not stated. */
    public InspectionOpened(InspectionId inspectionId, InspectionTeam team, UnitId targetUnitId, String period,
                            int checklistVersion) {
        this(inspectionId, team, targetUnitId, period, checklistVersion, null, null);
    }

    @Override
    public List<EntityId> subjects() {
        return List.of(inspectionId, targetUnitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
