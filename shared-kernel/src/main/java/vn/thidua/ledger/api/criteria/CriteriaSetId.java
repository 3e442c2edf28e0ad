package vn.thidua.ledger.api.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a criteria set (bộ tiêu chí), shared by all its versions, e.g. {@code HN-3814}. */
public record CriteriaSetId(@JsonValue String value) implements EntityId {

    public CriteriaSetId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static CriteriaSetId of(String value) {
        return new CriteriaSetId(value);
    }

    @Override
    public String kind() {
        return "criteria-sets";
    }

    @Override
    public String toString() {
        return "criteria-set:" + value;
    }
}
