package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A unit's place in a ranking: the score, its breakdown per criterion (derived criteria included), the
 * penalty taken off, the number of confirmed violations counted, and the level the bands give the score.
 */
public record UnitStanding(int rank, String unitId, String unitName, BigDecimal score,
                           Map<String, BigDecimal> breakdown, BigDecimal penalty, int violations, String level,
                           int evaluations) {
}
