package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Registers a person working in a unit; {@code leader} marks a post of leadership or management; {@code joinedOn}, when
 * given, is the first day of their service (nothing of theirs is dated before it).
 */
public record RegisterPerson(@TargetAggregateIdentifier PersonId personId, UnitId unitId, String fullName,
                             PersonCategory category, boolean leader, LocalDate joinedOn) {

    public RegisterPerson(PersonId personId, UnitId unitId, String fullName, PersonCategory category,
                          boolean leader) {
        this(personId, unitId, fullName, category, leader, null);
    }
}
