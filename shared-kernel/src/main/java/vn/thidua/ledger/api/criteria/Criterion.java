package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;

/**
 * One criterion of a criteria set: its code (the key of an evaluation's scores), the most points it can
 * give, an optional Vietnamese label, and where its points come from ({@link CriterionSource#SCORED} when
 * not said).
 */
public record Criterion(String code, BigDecimal max, String label, CriterionSource source) {

    public Criterion {
        source = source == null ? CriterionSource.SCORED : source;
    }

    public Criterion(String code, BigDecimal max) {
        this(code, max, null, CriterionSource.SCORED);
    }

    /** The points this criterion contributes to a score: the points given, but never more than {@code max}. */
    public BigDecimal capped(BigDecimal points) {
        return points.compareTo(max) > 0 ? max : points;
    }
}
