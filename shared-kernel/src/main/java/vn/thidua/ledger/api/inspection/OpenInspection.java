package vn.thidua.ledger.api.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/** Opens an inspection of a unit's work over a period, by a team. */
public record OpenInspection(@TargetAggregateIdentifier InspectionId inspectionId, InspectionTeam team,
                             UnitId targetUnitId, String period) {
}
