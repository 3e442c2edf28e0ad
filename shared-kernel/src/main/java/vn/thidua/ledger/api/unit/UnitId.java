package vn.thidua.ledger.api.unit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a unit (cơ quan, đơn vị). */
public record UnitId(@JsonValue String value) implements EntityId {

    public UnitId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public String kind() {
        return "units";
    }

    @Override
    public String toString() {
        return "unit:" + value;
    }
}
