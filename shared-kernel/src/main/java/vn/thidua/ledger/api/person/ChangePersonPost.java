package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a person's category or leadership post from a date. */
public record ChangePersonPost(@TargetAggregateIdentifier PersonId personId, PersonCategory category, boolean leader, LocalDate effectiveOn) {
}
