package vn.thidua.ledger.api.covenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of an emulation covenant (giao ước thi đua). */
public record CovenantId(@JsonValue String value) implements EntityId {

    public CovenantId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static CovenantId of(String value) {
        return new CovenantId(value);
    }

    @Override
    public String kind() {
        return "covenants";
    }

    @Override
    public String toString() {
        return "covenant:" + value;
    }
}
