package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/** A recorded violation was dismissed after review as unfounded (bác bỏ). */
@Revision("1")
public record ViolationDismissed(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                                 LocalDate occurredOn, String reason) implements ViolationEvent {

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }
}
