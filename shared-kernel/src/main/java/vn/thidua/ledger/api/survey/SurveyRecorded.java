package vn.thidua.ledger.api.survey;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** The result of a satisfaction survey of a unit for a period was recorded. */
@Revision("1")
public record SurveyRecorded(SurveyId surveyId, UnitId unitId, String period, int respondents, int satisfied,
                             String method, String note) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(surveyId, unitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
