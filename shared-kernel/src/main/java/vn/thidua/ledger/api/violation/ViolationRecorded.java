package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A violation was recorded against a person (then {@code unitId} is the unit they worked in at the time) or a
 * unit, for a rule code of the rule catalogue of {@code catalogueVersion}.
 */
@Revision("1")
public record ViolationRecorded(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                                String ruleCode, int catalogueVersion, LocalDate occurredOn, ViolationSource source,
                                String description, String evidenceRef) implements ViolationEvent {

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }
}
