package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a violation record, giving the reason; a null field keeps its current value. */
public record AmendViolation(@TargetAggregateIdentifier ViolationId violationId, String ruleCode, LocalDate occurredOn,
                             String description, String evidenceRef, String reason) {
}
