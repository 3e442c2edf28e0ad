package vn.thidua.ledger.api.unit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a unit under another parent in the organisation tree from a date. */
public record MoveUnit(@TargetAggregateIdentifier UnitId unitId, UnitId parentId, LocalDate effectiveOn) {
}
