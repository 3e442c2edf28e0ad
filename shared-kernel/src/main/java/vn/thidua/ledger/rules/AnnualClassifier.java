package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.person.PersonCategory;

/**
 * The yearly classification of a person under Decree 90/2020 as amended by Decree 48/2023.
 * <ul>
 * <li>Basis: the mean of the person's monthly scores in the year, leveled by the bands of the criteria set,
 * the band's rank giving HTXSNV, HTTNV, HTNV or KHTNV. (The decrees leave the yearly basis to each agency;
 * Hanoi builds it from the monthly results, which is what this does.)</li>
 * <li>Fewer than 6 months evaluated: not classified (the maternity-leave exception needs leave records,
 * which the ledger does not hold yet). 6 to 8 months (absent 3 to under 6 months): at most HTNV.</li>
 * <li>For years classified after 15 Sep 2023 (so 2023 and later; earlier ratings are never reopened): a
 * disciplinary sanction decided in the year gives KHTNV — unless it answers a violation of an earlier year
 * that already made that year KHTNV (one violation, one failing year).</li>
 * <li>A công chức failing two years in a row is flagged for dismissal.</li>
 * </ul>
 */
public final class AnnualClassifier {

    /** Decree 48/2023 took effect on this day; the discipline rule applies to ratings made after it. */
    public static final LocalDate DECREE_48_IN_FORCE = LocalDate.of(2023, 9, 15);

    private AnnualClassifier() {
    }

    /**
     * @param monthlyScores the year's monthly scores (after penalties) by month number
     * @param sanctions     the person's sanctions in force
     * @param previousYear  the person's classification of the year before, or null
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                List<DecidedSanction> sanctions, AnnualClassification previousYear) {
        int months = monthlyScores.size();
        BigDecimal mean = months == 0 ? null : monthlyScores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(months), UnitRanker.SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        List<String> adjustedBy = new ArrayList<>();
        if (months < 6) {
            adjustedBy.add(AnnualClassification.WORKED_UNDER_SIX_MONTHS);
            return new AnnualClassification(personId, year, mean, months, AnnualLevel.NOT_CLASSIFIED,
                    AnnualLevel.NOT_CLASSIFIED, adjustedBy, false);
        }
        AnnualLevel byScore = AnnualLevel.ofBandRank(set.rank(set.levelFor(mean)));
        AnnualLevel level = byScore;
        if (months < 9 && level.ordinal() < AnnualLevel.HTNV.ordinal()) {
            level = AnnualLevel.HTNV;
            adjustedBy.add(AnnualClassification.ABSENT_THREE_TO_SIX_MONTHS);
        }
        if (disciplinedInYear(year, sanctions, previousYear) && level != AnnualLevel.KHTNV) {
            level = AnnualLevel.KHTNV;
            adjustedBy.add(AnnualClassification.DISCIPLINED_IN_YEAR);
        }
        boolean dismissal = category == PersonCategory.CONG_CHUC && level == AnnualLevel.KHTNV
                && previousYear != null && previousYear.level() == AnnualLevel.KHTNV;
        return new AnnualClassification(personId, year, mean, months, byScore, level, adjustedBy, dismissal);
    }

    static boolean disciplinedInYear(int year, List<DecidedSanction> sanctions, AnnualClassification previousYear) {
        if (LocalDate.of(year, 12, 31).isBefore(DECREE_48_IN_FORCE)) {
            return false;
        }
        for (DecidedSanction sanction : sanctions) {
            if (!sanction.form().disciplinary() || sanction.decidedOn().getYear() != year) {
                continue;
            }
            boolean alreadyCounted = sanction.violationOccurredOn().getYear() < year && previousYear != null
                    && previousYear.year() == sanction.violationOccurredOn().getYear()
                    && previousYear.level() == AnnualLevel.KHTNV;
            if (!alreadyCounted) {
                return true;
            }
        }
        return false;
    }
}
