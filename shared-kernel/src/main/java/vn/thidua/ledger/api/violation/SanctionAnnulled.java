package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * The sanction of {@code decidedOn} ({@code form}, decision {@code decisionNo}) was annulled, e.g. overturned on
 * appeal; the violation stays confirmed and may be sanctioned anew.
 */
@Revision("1")
public record SanctionAnnulled(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                               SanctionForm form, LocalDate decidedOn, String decisionNo, String reason)
        implements ViolationEvent {

    @Override
    public String businessTime() {
        return decidedOn.toString();
    }
}
