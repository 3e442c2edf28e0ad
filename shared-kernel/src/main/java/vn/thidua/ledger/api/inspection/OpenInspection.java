package vn.thidua.ledger.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Opens an inspection of a unit's work over a period, by a team; who inspects ({@code kind}) and the day it began
 * ({@code openedOn}) when told (null: not stated).
 */
public record OpenInspection(@TargetAggregateIdentifier InspectionId inspectionId, InspectionTeam team,
                             UnitId targetUnitId, String period, InspectionKind kind, LocalDate openedOn) {

    /** An inspection whose kind and day are not stated. */
    public OpenInspection(InspectionId inspectionId, InspectionTeam team, UnitId targetUnitId, String period) {
        this(inspectionId, team, targetUnitId, period, null, null);
    }
}
