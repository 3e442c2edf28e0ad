package vn.thidua.ledger.api.survey;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * The figures of a survey were corrected; they replace the earlier ones from now on. Unit and period are
 * repeated so that the correction reads on its own in the unit's trail.
 */
@Revision("1")
public record SurveyCorrected(SurveyId surveyId, UnitId unitId, String period, int respondents, int satisfied,
                              String reason) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(surveyId, unitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
