package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a violation of a catalogued rule by a person or a unit. {@code subjectKind} may be left null unless a
 * person and a unit share {@code subjectId}; {@code evidenceRef} names the evidence (document number, link).
 */
public record RecordViolation(@TargetAggregateIdentifier ViolationId violationId, String subjectId,
                              SubjectKind subjectKind, String ruleCode, LocalDate occurredOn, ViolationSource source,
                              String description, String evidenceRef) {
}
