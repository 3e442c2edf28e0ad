package vn.thidua.ledger.api.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a satisfaction survey (khảo sát sự hài lòng). */
public record SurveyId(@JsonValue String value) implements EntityId {

    public SurveyId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static SurveyId of(String value) {
        return new SurveyId(value);
    }

    @Override
    public String kind() {
        return "surveys";
    }

    @Override
    public String toString() {
        return "survey:" + value;
    }
}
