package vn.thidua.ledger.rules;

import java.time.LocalDate;
import vn.thidua.ledger.api.violation.SubjectKind;

/**
 * A confirmed violation as it counts for scoring: against whom, where the subject worked ({@code unitId}),
 * under which rule and when it happened.
 */
public record CountedViolation(String violationId, SubjectKind subjectKind, String subjectId, String unitId,
                               String ruleCode, LocalDate occurredOn) {
}
