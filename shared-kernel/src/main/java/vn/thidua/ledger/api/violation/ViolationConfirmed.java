package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/** A recorded violation was confirmed after review (xác nhận); from now on it counts against its subject. */
@Revision("1")
public record ViolationConfirmed(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                                 LocalDate occurredOn, String reason) implements ViolationEvent {

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }
}
