package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;

/**
 * Ranks units for a period under one criteria-set version (API.md "Read side", rankings):
 * <ul>
 * <li>each scored criterion gives the mean of min(points, max) over the unit's evaluations whose period lies
 * inside the asked period (a criterion left out of an evaluation counts 0; no evaluation gives 0): each
 * evaluation counts as its own period shows it, so a quarter's points are the mean of its months' points;</li>
 * <li>a criterion sourced from surveys gives max × Σ satisfied / Σ respondents over the surveys whose period
 * lies inside the asked period (0 without surveys);</li>
 * <li>each confirmed violation that occurred in the period takes off the set's penalty for its rule;</li>
 * <li>ranks: higher score first; ties go to fewer confirmed violations, then to the lower unit id.</li>
 * </ul>
 * Means and ratios are carried to {@value #WORKING_SCALE} decimal places and summed; the score and each
 * criterion's points are then cut (not rounded) to {@value #SCALE} places, trailing zeros dropped: a single
 * evaluation's 89.99 stays 89.99, a score is its exact value cut, not a sum of cut parts (1/3 + 1/3 + 1/3 is 1, where
 * 0.3333 × 3 would be 0.9999), and a score shown never lies above the exact one, so that the level read off the score
 * shown is the level of the exact score (89.99997 shows 89.9999 and is B; rounded, it would show 90 and read as A).
 * Levels and ranks follow the score as shown.
 */
public final class UnitRanker {

    public static final int SCALE = 4;
    /** Far below what {@link #SCALE} shows, so that rounding the sum of the parts is rounding the exact score. */
    static final int WORKING_SCALE = 20;
    /**
     * Far below any gap between an exact score and a band edge (scores are sums of ratios of small whole numbers
     * and 4-decimal points) and far above the working scale's rounding: added before cutting, it gives back what
     * rounding each part took from an exact value on an edge (0.333…33 × 3 = 0.999…99 is 1).
     */
    private static final BigDecimal ROUNDING_SLACK = BigDecimal.ONE.movePointLeft(WORKING_SCALE - 3);

    private UnitRanker() {
    }

    public static List<UnitStanding> rank(CriteriaSet set, Period period, List<UnitCandidate> candidates) {
        List<UnitStanding> unranked = new ArrayList<>();
        for (UnitCandidate candidate : candidates) {
            unranked.add(score(set, period, candidate));
        }
        unranked.sort(Comparator.comparing(UnitStanding::score).reversed()
                .thenComparingInt(UnitStanding::violations)
                .thenComparing(UnitStanding::unitId));
        List<UnitStanding> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitStanding s = unranked.get(i);
            ranked.add(new UnitStanding(i + 1, s.unitId(), s.unitName(), s.score(), s.breakdown(), s.penalty(),
                    s.violations(), s.level(), s.evaluations()));
        }
        return List.copyOf(ranked);
    }

    static UnitStanding score(CriteriaSet set, Period period, UnitCandidate candidate) {
        List<UnitEvaluationFact> evaluations = candidate.evaluations().stream()
                .filter(e -> period.encloses(e.period())).toList();
        List<SurveyFact> surveys = candidate.surveys().stream().filter(s -> period.encloses(s.period())).toList();
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : set.criteria()) {
            BigDecimal points = criterion.source() == CriterionSource.SURVEY
                    ? satisfaction(criterion, surveys)
                    : mean(criterion, evaluations);
            breakdown.put(criterion.code(), shown(points));
            total = total.add(points);
        }
        List<CountedViolation> counted = candidate.violations().stream()
                .filter(v -> period.contains(v.occurredOn())).toList();
        BigDecimal penalty = counted.stream().map(v -> set.penaltyFor(v.ruleCode()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = shown(total.subtract(penalty));
        // a unit nobody evaluated in the period is "not evaluated", not "failed": no level
        String level = set.bands().isEmpty() || evaluations.isEmpty() ? null : set.levelFor(score);
        return new UnitStanding(0, candidate.unitId(), candidate.unitName(), score, breakdown, penalty,
                counted.size(), level, evaluations.size());
    }

    private static BigDecimal mean(Criterion criterion, List<UnitEvaluationFact> evaluations) {
        if (evaluations.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitEvaluationFact evaluation : evaluations) {
            BigDecimal given = evaluation.scores().get(criterion.code());
            if (given != null) {
                // capped per evaluation, as its own month shows it: one month's excess does not make up another's gap
                sum = sum.add(criterion.capped(given));
            }
        }
        return sum.divide(BigDecimal.valueOf(evaluations.size()), WORKING_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal satisfaction(Criterion criterion, List<SurveyFact> surveys) {
        long respondents = surveys.stream().mapToLong(SurveyFact::respondents).sum();
        long satisfied = surveys.stream().mapToLong(SurveyFact::satisfied).sum();
        if (respondents == 0) {
            return BigDecimal.ZERO;
        }
        return criterion.max().multiply(BigDecimal.valueOf(satisfied))
                .divide(BigDecimal.valueOf(respondents), WORKING_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal shown(BigDecimal value) {
        BigDecimal stripped = value.scale() <= SCALE ? value.stripTrailingZeros()
                : value.add(ROUNDING_SLACK).setScale(SCALE, RoundingMode.FLOOR).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
