package vn.thidua.ledger.api.violation;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * What every event of a violation's life carries: the violation and whom it concerns, so that each one lands in
 * the trails of the person (or unit) and of the person's unit as well as in the violation's own.
 */
public interface ViolationEvent extends LedgerEvent {

    ViolationId violationId();

    SubjectKind subjectKind();

    String subjectId();

    /** The person's unit at the time (for a unit subject, the unit itself). */
    UnitId unitId();

    /** The typed id of the person or unit the violation is held against. */
    default EntityId subject() {
        return subjectKind().idOf(subjectId());
    }

    @Override
    default List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(List.of(violationId(), subject()));
        if (unitId() != null && !subjects.contains(unitId())) {
            subjects.add(unitId());
        }
        return List.copyOf(subjects);
    }
}
