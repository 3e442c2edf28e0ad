package vn.thidua.ledger.api.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a unit in the organisation tree; {@code parentId} is null only for a root. */
public record RegisterUnit(@TargetAggregateIdentifier UnitId unitId, String name, UnitKind kind, UnitId parentId) {
}
