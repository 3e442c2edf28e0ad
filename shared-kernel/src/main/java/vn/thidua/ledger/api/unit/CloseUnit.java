package vn.thidua.ledger.api.unit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a unit (dissolved or merged); nothing new may be attached to it afterwards. */
public record CloseUnit(@TargetAggregateIdentifier UnitId unitId, LocalDate closedOn, String reason) {
}
