package vn.thidua.ledger.api.violation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms a recorded violation after review, giving the reason (e.g. the inspection's conclusion). */
public record ConfirmViolation(@TargetAggregateIdentifier ViolationId violationId, String reason) {
}
