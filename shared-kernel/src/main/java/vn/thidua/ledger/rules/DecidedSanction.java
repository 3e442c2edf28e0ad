package vn.thidua.ledger.rules;

import java.time.LocalDate;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;

/** A sanction in force (not annulled) for a violation, with the day of the violation it answers. */
public record DecidedSanction(String violationId, SubjectKind subjectKind, String subjectId, String unitId,
                              SanctionForm form, LocalDate decidedOn, LocalDate violationOccurredOn) {
}
