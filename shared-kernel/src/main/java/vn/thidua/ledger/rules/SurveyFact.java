package vn.thidua.ledger.rules;

import vn.thidua.ledger.api.Period;

/** A satisfaction survey of a unit for a period, as it stands after corrections. */
public record SurveyFact(String unitId, Period period, long respondents, long satisfied) {
}
