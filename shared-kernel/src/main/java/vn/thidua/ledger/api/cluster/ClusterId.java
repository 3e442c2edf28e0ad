package vn.thidua.ledger.api.cluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a cluster or bloc (cụm thi đua, khối thi đua). */
public record ClusterId(@JsonValue String value) implements EntityId {

    public ClusterId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static ClusterId of(String value) {
        return new ClusterId(value);
    }

    @Override
    public String kind() {
        return "clusters";
    }

    @Override
    public String toString() {
        return "cluster:" + value;
    }
}
