package vn.thidua.ledger.api.violation;

import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

/** Who a violation is held against: one person, or a unit as a collective (tập thể). */
public enum SubjectKind {
    PERSON("Cá nhân"),
    UNIT("Tập thể");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The typed id of a subject of this kind. */
    public EntityId idOf(String value) {
        return this == PERSON ? new PersonId(value) : new UnitId(value);
    }
}
