package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a person left the organisation; {@code leftOn} is their last day of service. */
public record RecordDeparture(@TargetAggregateIdentifier PersonId personId, LocalDate leftOn, DepartureReason reason,
                              String note) {
}
