package vn.thidua.ledger.api.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a review held under a campaign (sơ kết, tổng kết). */
public record ReviewId(@JsonValue String value) implements EntityId {

    public ReviewId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static ReviewId of(String value) {
        return new ReviewId(value);
    }

    @Override
    public String kind() {
        return "reviews";
    }

    @Override
    public String toString() {
        return "review:" + value;
    }
}
