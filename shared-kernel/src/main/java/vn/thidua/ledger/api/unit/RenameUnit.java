package vn.thidua.ledger.api.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a unit; the old name stays in its history. */
public record RenameUnit(@TargetAggregateIdentifier UnitId unitId, String name, String reason) {
}
