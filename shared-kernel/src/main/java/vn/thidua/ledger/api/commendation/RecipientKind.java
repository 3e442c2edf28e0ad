package vn.thidua.ledger.api.commendation;

import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

/** Who a commendation goes to: an individual (cá nhân, a person) or a collective (tập thể, a unit). */
public enum RecipientKind {
    PERSON("Cá nhân"),
    UNIT("Tập thể");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The typed id of a recipient of this kind. */
    public EntityId idOf(String value) {
        return this == PERSON ? new PersonId(value) : new UnitId(value);
    }
}
