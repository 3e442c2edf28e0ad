package vn.thidua.ledger.api.commendation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a commendation (khen thưởng): a title or certificate proposed for a person or a unit. */
public record CommendationId(@JsonValue String value) implements EntityId {

    public CommendationId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static CommendationId of(String value) {
        return new CommendationId(value);
    }

    @Override
    public String kind() {
        return "commendations";
    }

    @Override
    public String toString() {
        return "commendation:" + value;
    }
}
