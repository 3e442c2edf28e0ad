package vn.thidua.ledger.api.survey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Records the result of a satisfaction survey of a unit for a period: of {@code respondents} people asked,
 * {@code satisfied} answered "hài lòng" or "rất hài lòng". {@code method} names the method (e.g. SIPAS).
 */
public record RecordSurvey(@TargetAggregateIdentifier SurveyId surveyId, UnitId unitId, String period,
                           int respondents, int satisfied, String method, String note) {
}
