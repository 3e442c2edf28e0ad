package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.violation.SubjectKind;

/**
 * Classifies the people of one unit for one period under one criteria-set version (API.md "Criteria set"):
 * <ol>
 * <li>score = Σ min(points, max) over the criteria − the penalty of each confirmed violation of the person
 * that occurred in the period (exact decimals, never rounded);</li>
 * <li>level = the first band whose min ≤ score (the last band below every min);</li>
 * <li>a sanction of at least {@code sanctionCap.minForm} decided in the period (or, with the cap's window
 * {@code YEAR}, in the year up to the period's end) caps the level at {@code sanctionCap.maxLevel};</li>
 * <li>after the caps, when more than ⌊maxShare × base⌋ people reach {@code quota.level}, the lowest scores
 * among them are demoted to {@code quota.demoteTo}, equal scores by person id ascending. The base is the
 * number of people classified, or, for a quota on a level ({@code LEVEL:X}), the number rated X once the quota is
 * applied (those demoted to X among them: {@link vn.thidua.ledger.api.criteria.Quota#keptAtLevel}); in a
 * unit recognised as exceptional for the period the share is {@code quota.exceptionalMaxShare} where the rules
 * give one.</li>
 * </ol>
 * Over several months ({@link #classifyOverMonths}) a person's points per criterion are the mean over the months
 * evaluated in the period of each month's points at most the criterion's max (as for a unit's period in
 * rankings), so the score is the mean of the monthly scores before penalties; the penalties
 * those of the whole period, and the score is shown to {@value UnitRanker#SCALE} places as for rankings; the level
 * follows the score shown.
 */
public final class PersonClassifier {

    private PersonClassifier() {
    }

    public static List<Classification> classify(CriteriaSet set, Period period, List<PersonScores> people,
                                                List<CountedViolation> violations, List<DecidedSanction> sanctions) {
        return classify(set, period, people, violations, sanctions, false);
    }

    /** As above, in a unit recognised as exceptional for the period when {@code exceptionalUnit}. */
    public static List<Classification> classify(CriteriaSet set, Period period, List<PersonScores> people,
                                                List<CountedViolation> violations, List<DecidedSanction> sanctions,
                                                boolean exceptionalUnit) {
        Map<String, BigDecimal> points = new TreeMap<>();
        people.forEach(person -> points.put(person.personId(), set.scoreOf(person.scores())));
        return classify(set, period, points, violations, sanctions, false, exceptionalUnit);
    }

    /** Each person's months in {@code period} (one {@link PersonScores} per month evaluated) classified as one. */
    public static List<Classification> classifyOverMonths(CriteriaSet set, Period period, List<PersonScores> months,
                                                          List<CountedViolation> violations,
                                                          List<DecidedSanction> sanctions) {
        return classifyOverMonths(set, period, months, violations, sanctions, false);
    }

    /** As above, in a unit recognised as exceptional for the period when {@code exceptionalUnit}. */
    public static List<Classification> classifyOverMonths(CriteriaSet set, Period period, List<PersonScores> months,
                                                          List<CountedViolation> violations,
                                                          List<DecidedSanction> sanctions, boolean exceptionalUnit) {
        Map<String, List<Map<String, BigDecimal>>> monthly = new TreeMap<>();
        months.forEach(m -> monthly.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m.scores()));
        Map<String, BigDecimal> means = new TreeMap<>();
        monthly.forEach((person, scores) -> {
            Map<String, BigDecimal> meanPoints = new java.util.HashMap<>();
            for (Map<String, BigDecimal> month : scores) {
                // each month capped as its own classification caps it, before the mean
                month.forEach((code, points) -> meanPoints.merge(code,
                        set.criterion(code).map(criterion -> criterion.capped(points)).orElse(points),
                        BigDecimal::add));
            }
            meanPoints.replaceAll((code, sum) -> sum.divide(BigDecimal.valueOf(scores.size()), UnitRanker.WORKING_SCALE,
                    RoundingMode.HALF_EVEN));
            means.put(person, set.scoreOf(meanPoints));
        });
        return classify(set, period, means, violations, sanctions, true, exceptionalUnit);
    }

    private static List<Classification> classify(CriteriaSet set, Period period, Map<String, BigDecimal> points,
                                                 List<CountedViolation> violations, List<DecidedSanction> sanctions,
                                                 boolean rounded, boolean exceptionalUnit) {
        Map<String, Classification> byPerson = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> person : points.entrySet()) {
            String personId = person.getKey();
            BigDecimal penalty = violations.stream()
                    .filter(v -> v.subjectKind() == SubjectKind.PERSON && v.subjectId().equals(personId))
                    .filter(v -> period.contains(v.occurredOn()))
                    .map(v -> set.penaltyFor(v.ruleCode()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal score = person.getValue().subtract(penalty);
            if (rounded) {
                score = UnitRanker.shown(score);
            }
            String byScore = set.levelFor(score);
            String level = byScore;
            List<String> adjustedBy = new ArrayList<>();
            for (DecidedSanction sanction : sanctions) {
                if (sanction.subjectKind() == SubjectKind.PERSON && sanction.subjectId().equals(personId)
                        && set.sanctionCap() != null
                        && set.sanctionCap().counts(sanction.decidedOn(), period.from(), period.to())) {
                    level = set.cappedBySanction(level, sanction.form().name());
                }
            }
            if (!level.equals(byScore)) {
                adjustedBy.add(Classification.SANCTION_CAP);
            }
            byPerson.put(personId, new Classification(personId, score, penalty, level, byScore, adjustedBy));
        }
        if (set.quota() != null) {
            applyQuota(set, byPerson, exceptionalUnit);
        }
        return List.copyOf(byPerson.values());
    }

    private static void applyQuota(CriteriaSet set, Map<String, Classification> byPerson, boolean exceptionalUnit) {
        Quota quota = set.quota();
        List<Classification> reaching = byPerson.values().stream()
                .filter(c -> c.level().equals(quota.level()))
                .sorted(Comparator.comparing(Classification::score).thenComparing(Classification::personId))
                .toList();
        int allowed = quota.baseLevel()
                .map(baseLevel -> quota.keptAtLevel(reaching.size(), byPerson.values().stream()
                        .filter(c -> c.level().equals(baseLevel) && !c.level().equals(quota.level())).count(),
                        exceptionalUnit))
                .orElseGet(() -> quota.allowed(byPerson.size(), exceptionalUnit));
        int excess = reaching.size() - allowed;
        for (int i = 0; i < excess; i++) {
            Classification demoted = reaching.get(i);
            List<String> adjustedBy = new ArrayList<>(demoted.adjustedBy());
            adjustedBy.add(Classification.QUOTA);
            byPerson.put(demoted.personId(), new Classification(demoted.personId(), demoted.score(),
                    demoted.penalty(), quota.demoteTo(), demoted.levelByScore(), adjustedBy));
        }
    }
}
