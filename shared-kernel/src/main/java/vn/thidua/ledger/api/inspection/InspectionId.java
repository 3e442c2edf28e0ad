package vn.thidua.ledger.api.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of an inspection (kiểm tra, giám sát). */
public record InspectionId(@JsonValue String value) implements EntityId {

    public InspectionId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static InspectionId of(String value) {
        return new InspectionId(value);
    }

    @Override
    public String kind() {
        return "inspections";
    }

    @Override
    public String toString() {
        return "inspection:" + value;
    }
}
