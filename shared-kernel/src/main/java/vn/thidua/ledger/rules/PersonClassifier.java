package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * number of people classified, or, for a quota on a level ({@code LEVEL:X}), the number rated X or better.</li>
 * </ol>
 */
public final class PersonClassifier {

    private PersonClassifier() {
    }

    public static List<Classification> classify(CriteriaSet set, Period period, List<PersonScores> people,
                                                List<CountedViolation> violations, List<DecidedSanction> sanctions) {
        Map<String, Classification> byPerson = new LinkedHashMap<>();
        for (PersonScores person : people.stream().sorted(Comparator.comparing(PersonScores::personId)).toList()) {
            BigDecimal penalty = violations.stream()
                    .filter(v -> v.subjectKind() == SubjectKind.PERSON && v.subjectId().equals(person.personId()))
                    .filter(v -> period.contains(v.occurredOn()))
                    .map(v -> set.penaltyFor(v.ruleCode()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal score = set.scoreOf(person.scores()).subtract(penalty);
            String byScore = set.levelFor(score);
            String level = byScore;
            List<String> adjustedBy = new ArrayList<>();
            for (DecidedSanction sanction : sanctions) {
                if (sanction.subjectKind() == SubjectKind.PERSON && sanction.subjectId().equals(person.personId())
                        && set.sanctionCap() != null
                        && set.sanctionCap().counts(sanction.decidedOn(), period.from(), period.to())) {
                    level = set.cappedBySanction(level, sanction.form().name());
                }
            }
            if (!level.equals(byScore)) {
                adjustedBy.add(Classification.SANCTION_CAP);
            }
            byPerson.put(person.personId(), new Classification(person.personId(), score, penalty, level, byScore,
                    adjustedBy));
        }
        if (set.quota() != null) {
            applyQuota(set, byPerson);
        }
        return List.copyOf(byPerson.values());
    }

    private static void applyQuota(CriteriaSet set, Map<String, Classification> byPerson) {
        Quota quota = set.quota();
        long base = quota.baseLevel()
                .map(baseLevel -> byPerson.values().stream()
                        .filter(c -> set.hasLevel(c.level()) && !set.ranksBelow(c.level(), baseLevel)).count())
                .orElse((long) byPerson.size());
        int allowed = quota.allowed(base);
        List<Classification> reaching = byPerson.values().stream()
                .filter(c -> c.level().equals(quota.level()))
                .sorted(Comparator.comparing(Classification::score).thenComparing(Classification::personId))
                .toList();
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
