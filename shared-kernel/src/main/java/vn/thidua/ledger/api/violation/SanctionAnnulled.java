package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * The sanction of {@code decidedOn} ({@code form}, decision {@code decisionNo}) was annulled, e.g. overturned on
 * appeal, on {@code annulledOn} by decision {@code annulmentDecisionNo}; the violation stays confirmed and may be
 * sanctioned anew. Revision 2 adds the annulment's own day and decision (null in revision 1, which named neither).
 */
@Revision("2")
public record SanctionAnnulled(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                               SanctionForm form, LocalDate decidedOn, String decisionNo, String reason,
                               LocalDate annulledOn, String annulmentDecisionNo)
        implements ViolationEvent {

    public SanctionAnnulled(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                            SanctionForm form, LocalDate decidedOn, String decisionNo, String reason) {
        this(violationId, subjectKind, subjectId, unitId, form, decidedOn, decisionNo, reason, null, null);
    }

    /** The day of the annulment; one recorded without it (revision 1), that of the decision it annulled. */
    @Override
    public String businessTime() {
        return (annulledOn != null ? annulledOn : decidedOn).toString();
    }
}
