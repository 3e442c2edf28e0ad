package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A sanction was imposed for a confirmed violation. For a person, {@code category}, {@code leader} and
 * {@code unitId} are as they stood on the day of the decision (they decided which forms were open); for a
 * unit, {@code category} is null.
 */
@Revision("1")
public record SanctionImposed(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                              PersonCategory category, boolean leader, SanctionForm form, LocalDate decidedOn,
                              String decisionNo) implements ViolationEvent {

    @Override
    public String businessTime() {
        return decidedOn.toString();
    }
}
