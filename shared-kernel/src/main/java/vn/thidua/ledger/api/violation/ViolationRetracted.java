package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A violation record was withdrawn (thu hồi), e.g. because it was entered by mistake. Its earlier entries stay
 * on record; the violation no longer counts.
 */
@Revision("1")
public record ViolationRetracted(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                                 LocalDate occurredOn, String reason) implements ViolationEvent {

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }
}
