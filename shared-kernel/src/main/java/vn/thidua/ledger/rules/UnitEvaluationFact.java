package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.Map;
import vn.thidua.ledger.api.Period;

/** A unit's evaluation for a period, as it stands after corrections. */
public record UnitEvaluationFact(String unitId, Period period, Map<String, BigDecimal> scores) {

    public UnitEvaluationFact {
        scores = Map.copyOf(scores);
    }
}
