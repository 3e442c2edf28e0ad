package vn.thidua.ledger.api.violation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a recorded violation (vi phạm). */
public record ViolationId(@JsonValue String value) implements EntityId {

    public ViolationId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static ViolationId of(String value) {
        return new ViolationId(value);
    }

    @Override
    public String kind() {
        return "violations";
    }

    @Override
    public String toString() {
        return "violation:" + value;
    }
}
