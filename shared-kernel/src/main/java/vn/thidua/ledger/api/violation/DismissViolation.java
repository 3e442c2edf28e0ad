package vn.thidua.ledger.api.violation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Dismisses a recorded violation found unfounded, giving the reason. */
public record DismissViolation(@TargetAggregateIdentifier ViolationId violationId, String reason) {
}
