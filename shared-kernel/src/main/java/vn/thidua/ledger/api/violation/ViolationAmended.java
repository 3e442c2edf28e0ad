package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A violation record was corrected. The event carries the record as it now reads ({@code ruleCode},
 * {@code occurredOn}, {@code description}, {@code evidenceRef}, the rule code checked against the catalogue of
 * {@code catalogueVersion}) and what it read before ({@code previous…}); the earlier entries stay as they were.
 */
@Revision("1")
public record ViolationAmended(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                               String ruleCode, int catalogueVersion, LocalDate occurredOn, String description,
                               String evidenceRef, String previousRuleCode, LocalDate previousOccurredOn,
                               String previousDescription, String previousEvidenceRef, String reason)
        implements ViolationEvent {

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }
}
