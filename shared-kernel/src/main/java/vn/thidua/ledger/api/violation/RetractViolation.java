package vn.thidua.ledger.api.violation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a violation record, e.g. one entered by mistake, giving the reason; nothing is erased. */
public record RetractViolation(@TargetAggregateIdentifier ViolationId violationId, String reason) {
}
