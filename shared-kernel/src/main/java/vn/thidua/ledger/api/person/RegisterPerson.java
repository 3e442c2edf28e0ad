package vn.thidua.ledger.api.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/** Registers a person working in a unit; {@code leader} marks a post of leadership or management. */
public record RegisterPerson(@TargetAggregateIdentifier PersonId personId, UnitId unitId, String fullName,
                             PersonCategory category, boolean leader) {
}
