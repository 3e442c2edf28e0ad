package vn.thidua.ledger.api.pledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a pledge (bản cam kết). */
public record PledgeId(@JsonValue String value) implements EntityId {

    public PledgeId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static PledgeId of(String value) {
        return new PledgeId(value);
    }

    @Override
    public String kind() {
        return "pledges";
    }

    @Override
    public String toString() {
        return "pledge:" + value;
    }
}
