package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's classification for a year: the mean of the monthly scores, the months evaluated, the level the
 * mean alone would give, the level after the Decree 90/48 rules, the rules that changed it, and whether two
 * consecutive failing years flag the person for dismissal.
 */
public record AnnualClassification(String personId, int year, BigDecimal meanScore, int monthsEvaluated,
                                   AnnualLevel levelByScore, AnnualLevel level, List<String> adjustedBy,
                                   boolean dismissalFlag) {

    public static final String WORKED_UNDER_SIX_MONTHS = "WORKED_UNDER_6_MONTHS";
    public static final String ABSENT_THREE_TO_SIX_MONTHS = "ABSENT_3_TO_6_MONTHS";
    public static final String DISCIPLINED_IN_YEAR = "DISCIPLINED_IN_YEAR";

    public AnnualClassification {
        adjustedBy = List.copyOf(adjustedBy);
    }
}
