package vn.thidua.ledger.api.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a criteria set (bộ tiêu chí), shared by all its versions, e.g. {@code HN-3814}. */
public record CriteriaSetId(@JsonValue String value) implements EntityId {

    /** Ids of the catalogue shipped with the node start with this; sets a council publishes do not. */
    public static final String BUILT_IN_PREFIX = "VN.";

    public CriteriaSetId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static CriteriaSetId of(String value) {
        return new CriteriaSetId(value);
    }

    /** True for a set of the shipped catalogue, which gives way to the organisation's own sets when none is named. */
    public boolean builtIn() {
        return value.startsWith(BUILT_IN_PREFIX);
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
