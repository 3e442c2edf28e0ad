package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.Map;

/** The official scores (the head's decision, after corrections) of one person for one month. */
public record PersonScores(String personId, String unitId, Map<String, BigDecimal> scores) {

    public PersonScores {
        scores = Map.copyOf(scores);
    }
}
