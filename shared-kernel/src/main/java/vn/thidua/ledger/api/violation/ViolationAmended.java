package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A violation record was corrected. The event carries the record as it now reads ({@code ruleCode},
 * {@code occurredOn}, {@code description}, {@code evidenceRef}, the rule code checked against the catalogue of
 * {@code catalogueVersion}, the unit of the new day) and what it read before ({@code previous…}); the earlier
 * entries stay as they were. Revision 2 added {@code previousUnitId}, the unit the violation counted in before (a
 * new day may fall on the other side of a transfer); on revision 1 events it is null, unsaid.
 */
@Revision("2")
public record ViolationAmended(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                               String ruleCode, int catalogueVersion, LocalDate occurredOn, String description,
                               String evidenceRef, String previousRuleCode, LocalDate previousOccurredOn,
                               String previousDescription, String previousEvidenceRef, String reason,
                               UnitId previousUnitId)
        implements ViolationEvent {

    /** An amendment leaving the violation in the unit it counted in. */
    public ViolationAmended(ViolationId violationId, SubjectKind subjectKind, String subjectId, UnitId unitId,
                            String ruleCode, int catalogueVersion, LocalDate occurredOn, String description,
                            String evidenceRef, String previousRuleCode, LocalDate previousOccurredOn,
                            String previousDescription, String previousEvidenceRef, String reason) {
        this(violationId, subjectKind, subjectId, unitId, ruleCode, catalogueVersion, occurredOn, description,
                evidenceRef, previousRuleCode, previousOccurredOn, previousDescription, previousEvidenceRef, reason,
                unitId);
    }

    @Override
    public String businessTime() {
        return occurredOn.toString();
    }

    /** Those of every violation event, and the unit it moves out of: both units' trails and scopes are concerned. */
    @Override
    public List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(ViolationEvent.super.subjects());
        if (previousUnitId != null && !subjects.contains(previousUnitId)) {
            subjects.add(previousUnitId);
        }
        return List.copyOf(subjects);
    }
}
