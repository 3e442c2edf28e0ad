package vn.thidua.ledger.api.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.person.PersonId;

/**
 * Identifier of a person's monthly evaluation (đánh giá, xếp loại hằng tháng): one per person and month,
 * {@code <personId>.<yyyy-MM>}, e.g. {@code LB-PNV-01.2024-05}. Its stream is named apart from a unit
 * evaluation's, so that a person and a unit sharing an id never share an evaluation stream.
 */
public record PersonEvaluationId(@JsonValue String value) implements EntityId {

    public PersonEvaluationId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static PersonEvaluationId of(String value) {
        return new PersonEvaluationId(value);
    }

    public static PersonEvaluationId of(PersonId personId, Period period) {
        return new PersonEvaluationId(EvaluationIds.compose(personId, period));
    }

    @Override
    public String kind() {
        return "evaluations";
    }

    @Override
    public String toString() {
        return "person-evaluation:" + value;
    }
}
