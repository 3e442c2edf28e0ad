package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's classification for a year: the mean of the monthly scores less the year's penalties ({@code penalty}:
 * each confirmed violation of the year once), the months evaluated, the level the
 * mean alone would give, the level after the rules of its {@code basis} (Decree 90/2020 and 48/2023, or from 2026
 * Decree 335/2025 for công chức), the rules that changed it, and whether two consecutive failing years flag the
 * person for dismissal; {@code criteriaSet} names the set ({@code ID@VERSION}) of the person's last month evaluated
 * in the year (null when none was), whose bands leveled the mean under Decree 90 (Decree 335 has edges of its own);
 * {@code pricedViolations} the violations whose points the year's score lost (a ground of its level by score).
 */
public record AnnualClassification(String personId, int year, BigDecimal meanScore, int monthsEvaluated,
                                   AnnualLevel levelByScore, AnnualLevel level, List<String> adjustedBy,
                                   boolean dismissalFlag, String basis, String criteriaSet, BigDecimal penalty,
                                   List<String> pricedViolations) {

    public static final String DECREE_90 = "DECREE_90_2020_48_2023";
    public static final String DECREE_335 = "DECREE_335_2025";
    /** Decree 335/2025: at most 20% of those rated HTT (or better) in a unit may be rated HTXS. */
    public static final String QUOTA = "QUOTA";
    public static final String WORKED_UNDER_SIX_MONTHS = "WORKED_UNDER_6_MONTHS";
    public static final String ABSENT_THREE_TO_SIX_MONTHS = "ABSENT_3_TO_6_MONTHS";
    public static final String DISCIPLINED_IN_YEAR = "DISCIPLINED_IN_YEAR";
    /** Months on maternity leave counted as worked, which kept the person from being unclassified or capped. */
    public static final String MATERNITY_LEAVE_EXCEPTED = "MATERNITY_LEAVE_EXCEPTED";

    public AnnualClassification {
        adjustedBy = List.copyOf(adjustedBy);
        penalty = penalty == null ? BigDecimal.ZERO : penalty;
        pricedViolations = pricedViolations == null ? List.of() : List.copyOf(pricedViolations);
    }

    /** A year whose penalties name no violation. */
    public AnnualClassification(String personId, int year, BigDecimal meanScore, int monthsEvaluated,
                                AnnualLevel levelByScore, AnnualLevel level, List<String> adjustedBy,
                                boolean dismissalFlag, String basis, String criteriaSet, BigDecimal penalty) {
        this(personId, year, meanScore, monthsEvaluated, levelByScore, level, adjustedBy, dismissalFlag, basis,
                criteriaSet, penalty, List.of());
    }

    /** A year without penalties. */
    public AnnualClassification(String personId, int year, BigDecimal meanScore, int monthsEvaluated,
                                AnnualLevel levelByScore, AnnualLevel level, List<String> adjustedBy,
                                boolean dismissalFlag, String basis, String criteriaSet) {
        this(personId, year, meanScore, monthsEvaluated, levelByScore, level, adjustedBy, dismissalFlag, basis,
                criteriaSet, BigDecimal.ZERO);
    }

    /** The same classification at another level, with the rule that moved it there. */
    public AnnualClassification adjustedTo(AnnualLevel newLevel, String rule) {
        List<String> rules = new java.util.ArrayList<>(adjustedBy);
        rules.add(rule);
        return new AnnualClassification(personId, year, meanScore, monthsEvaluated, levelByScore, newLevel, rules,
                dismissalFlag, basis, criteriaSet, penalty, pricedViolations);
    }
}
