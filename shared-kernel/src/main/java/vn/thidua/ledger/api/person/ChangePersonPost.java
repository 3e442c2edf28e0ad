package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a person's category or leadership post from a date; {@code leader} null keeps the post they hold. */
public record ChangePersonPost(@TargetAggregateIdentifier PersonId personId, PersonCategory category, Boolean leader,
                               LocalDate effectiveOn) {
}
