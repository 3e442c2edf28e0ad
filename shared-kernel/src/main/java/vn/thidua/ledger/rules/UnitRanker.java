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
 * <li>each scored criterion gives the mean, over the unit's evaluations whose period lies inside the asked
 * period, of min(points, max) (a criterion left out of an evaluation counts 0; no evaluation gives 0);</li>
 * <li>a criterion sourced from surveys gives max × Σ satisfied / Σ respondents over the surveys whose period
 * lies inside the asked period (0 without surveys);</li>
 * <li>each confirmed violation that occurred in the period takes off the set's penalty for its rule;</li>
 * <li>ranks: higher score first; ties go to fewer confirmed violations, then to the lower unit id.</li>
 * </ul>
 * Sums are exact; a mean or a ratio is rounded half-even to {@value #SCALE} decimal places (trailing zeros
 * dropped), so that a single evaluation's 89.99 stays 89.99.
 */
public final class UnitRanker {

    public static final int SCALE = 4;

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
            breakdown.put(criterion.code(), points);
            total = total.add(points);
        }
        List<CountedViolation> counted = candidate.violations().stream()
                .filter(v -> period.contains(v.occurredOn())).toList();
        BigDecimal penalty = counted.stream().map(v -> set.penaltyFor(v.ruleCode()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = total.subtract(penalty);
        String level = set.bands().isEmpty() ? null : set.levelFor(score);
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
                sum = sum.add(criterion.capped(given));
            }
        }
        return exact(sum.divide(BigDecimal.valueOf(evaluations.size()), SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal satisfaction(Criterion criterion, List<SurveyFact> surveys) {
        long respondents = surveys.stream().mapToLong(SurveyFact::respondents).sum();
        long satisfied = surveys.stream().mapToLong(SurveyFact::satisfied).sum();
        if (respondents == 0) {
            return BigDecimal.ZERO;
        }
        return exact(criterion.max().multiply(BigDecimal.valueOf(satisfied))
                .divide(BigDecimal.valueOf(respondents), SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
