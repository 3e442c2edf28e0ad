package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.person.PersonCategory;

/**
 * The yearly classification of a person under Decree 90/2020 as amended by Decree 48/2023, and from 2026, for a
 * công chức (or cán bộ), under Decree 335/2025.
 * <ul>
 * <li>Basis: the mean of the person's monthly scores in the year before penalties, in whichever units they worked
 * (a transfer is not an absence), less the penalty of each confirmed violation of the year once, leveled by the bands of the criteria set (Decree 335: 90, 70 and 50 points), the band's rank
 * giving HTXSNV, HTTNV, HTNV or KHTNV. (The decrees leave the yearly basis to each agency; Hanoi builds it from the
 * monthly results, which is what this does.) The level is that of the mean as shown: cut, never rounded up.</li>
 * <li>Fewer than 6 months evaluated, or fewer than 6 months served from the first day of service or to a
 * dismissal (counted from day to day: {@link #servedSixMonths}): not classified; absent 3 months or more of the
 * months the person was in service (all 12, unless they joined or were dismissed during the year: months before their first day are no
 * absence): at most HTNV. The decree's "absent 3 to under 6 months" leaves exactly 6 absent (6 worked) under neither rule;
 * it is capped here too, so that more months worked never give a lower level —
 * except for maternity leave ("trừ trường hợp nghỉ chế độ thai sản"): months of it count as months worked, and the
 * year is classified on the months evaluated.</li>
 * <li>A disciplinary sanction (khiển trách or above) decided in the year on or after 15 Sep 2023, when Decree 48
 * took effect, gives KHTNV — unless it answers a violation of an earlier year whose points that year's score lost
 * while it made the year KHTNV (one violation, one failing year, however late its decision); a year made KHTNV by
 * another violation's discipline, or by a score that did not lose this one's points, does not spend this one.</li>
 * <li>Decree 335: those rated HTXS in a unit are at most 20% of those rated HTT, the lowest means demoted to HTT
 * ({@link #applyDecree335Quota}).</li>
 * <li>A công chức failing two years in a row is flagged for dismissal.</li>
 * </ul>
 */
public final class AnnualClassifier {

    /** Decree 48/2023 took effect on this day; the discipline rule counts decisions taken from then on. */
    public static final LocalDate DECREE_48_IN_FORCE = LocalDate.of(2023, 9, 15);
    /** Decree 335/2025 took effect on 1 January 2026. */
    public static final int DECREE_335_FIRST_YEAR = 2026;
    /** Decree 335/2025: the share of those rated HTT that may be rated HTXS. */
    public static final BigDecimal DECREE_335_SHARE = new BigDecimal("0.20");
    private static final Quota DECREE_335_QUOTA = new Quota(AnnualLevel.HTXSNV.name(), DECREE_335_SHARE,
            AnnualLevel.HTTNV.name(), Quota.LEVEL_PREFIX + AnnualLevel.HTTNV.name());
    private static final List<BigDecimal> DECREE_335_EDGES = List.of(new BigDecimal("90"), new BigDecimal("70"),
            new BigDecimal("50"));

    private AnnualClassifier() {
    }

    /** The basis a person's year is classified under. */
    public static String basisFor(int year, PersonCategory category) {
        return year >= DECREE_335_FIRST_YEAR && (category == PersonCategory.CONG_CHUC || category == PersonCategory.CAN_BO)
                ? AnnualClassification.DECREE_335 : AnnualClassification.DECREE_90;
    }

    /**
     * @param monthlyScores the year's monthly scores (after penalties) by month number
     * @param sanctions     the person's sanctions in force
     * @param previousYear  the person's classification of the year before, or null
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                List<DecidedSanction> sanctions, AnnualClassification previousYear) {
        return classify(personId, category, year, set, monthlyScores, 0, sanctions, previousYear);
    }

    /**
     * As above, with {@code maternityMonths} months of the year on maternity leave and not evaluated, which count
     * as worked for the 6- and 9-month thresholds.
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                int maternityMonths, List<DecidedSanction> sanctions,
                                                AnnualClassification previousYear) {
        return classify(personId, category, year, set, monthlyScores, maternityMonths, 12, sanctions, previousYear);
    }

    /**
     * As above, for a person in service {@code monthsInService} months of the year ({@link #monthsInService}):
     * absence is counted of those months only.
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                int maternityMonths, int monthsInService,
                                                List<DecidedSanction> sanctions, AnnualClassification previousYear) {
        return classify(personId, category, year, set, monthlyScores, BigDecimal.ZERO, maternityMonths,
                monthsInService, true, sanctions, previousYear);
    }

    /**
     * As above, on monthly scores before penalties and the year's {@code penalty} (each confirmed violation of the
     * year once, as for a quarter or a half: a violation costs its points in the year, not a twelfth of them).
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                BigDecimal penalty, int maternityMonths, int monthsInService,
                                                boolean servedSixMonths, List<DecidedSanction> sanctions,
                                                AnnualClassification previousYear) {
        return classify(personId, category, year, set, monthlyScores, penalty, List.of(), maternityMonths,
                monthsInService, servedSixMonths, sanctions, previousYear,
                previousYear == null ? Map.of() : Map.of(previousYear.year(), previousYear));
    }

    /**
     * As above, naming the violations {@code penalty} prices ({@code pricedViolations}), with the person's earlier
     * years that a decision of this year on one of their violations looks back at ({@code earlierYears}, by year;
     * {@code previousYear} among them): a violation that was a ground of an earlier year's failure
     * ({@link #disciplinedInYear}) does not fail this one when its decision arrives.
     */
    public static AnnualClassification classify(String personId, PersonCategory category, int year,
                                                CriteriaSet set, Map<Integer, BigDecimal> monthlyScores,
                                                BigDecimal penalty, List<String> pricedViolations,
                                                int maternityMonths, int monthsInService,
                                                boolean servedSixMonths, List<DecidedSanction> sanctions,
                                                AnnualClassification previousYear,
                                                Map<Integer, AnnualClassification> earlierYears) {
        String basis = basisFor(year, category);
        String setRef = set == null ? null : set.ref().toString();
        int months = monthlyScores.size();
        int worked = months + maternityMonths;
        BigDecimal mean = months == 0 ? null : UnitRanker.shown(monthlyScores.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(months), UnitRanker.WORKING_SCALE, RoundingMode.HALF_EVEN)
                .subtract(penalty));
        List<String> adjustedBy = new ArrayList<>();
        if (months > 0 && months <= 9 && maternityMonths > 0) { // without the leave, capped or not classified
            adjustedBy.add(AnnualClassification.MATERNITY_LEAVE_EXCEPTED);
        }
        if (months == 0 || worked < 6 || !servedSixMonths) {
            adjustedBy.add(AnnualClassification.WORKED_UNDER_SIX_MONTHS);
            return new AnnualClassification(personId, year, mean, months, AnnualLevel.NOT_CLASSIFIED,
                    AnnualLevel.NOT_CLASSIFIED, adjustedBy, false, basis, setRef, penalty, pricedViolations);
        }
        AnnualLevel byScore = basis.equals(AnnualClassification.DECREE_335) ? decree335Level(mean)
                : AnnualLevel.ofBandRank(set.rank(set.levelFor(mean)));
        AnnualLevel level = byScore;
        int absent = monthsInService - worked;
        if (absent >= 3 && level.ordinal() < AnnualLevel.HTNV.ordinal()) {
            level = AnnualLevel.HTNV;
            adjustedBy.add(AnnualClassification.ABSENT_THREE_TO_SIX_MONTHS);
        }
        if (disciplinedInYear(year, sanctions, earlierYears) && level != AnnualLevel.KHTNV) {
            level = AnnualLevel.KHTNV;
            adjustedBy.add(AnnualClassification.DISCIPLINED_IN_YEAR);
        }
        boolean dismissal = category == PersonCategory.CONG_CHUC && level == AnnualLevel.KHTNV
                && previousYear != null && previousYear.level() == AnnualLevel.KHTNV;
        return new AnnualClassification(personId, year, mean, months, byScore, level, adjustedBy, dismissal, basis,
                setRef, penalty, pricedViolations);
    }

    /**
     * Whether a person served at least 6 months of {@code year}, counted from day to day: from their first day
     * ({@code joinedOn}, null: before the year) or the year's first, to the day a dismissal ended their service
     * ({@code dismissedOn}, null: none) or the year's last. Joined on 20 July, they served 5 months and 12 days: a
     * July evaluated for its last days does not make it six.
     */
    public static boolean servedSixMonths(int year, LocalDate joinedOn, LocalDate dismissedOn) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate from = joinedOn == null || joinedOn.isBefore(first) ? first : joinedOn;
        LocalDate dayAfter = LocalDate.of(year + 1, 1, 1);
        if (dismissedOn != null && dismissedOn.isBefore(dayAfter)) {
            dayAfter = dismissedOn.plusDays(1);
        }
        return !from.plusMonths(6).isAfter(dayAfter);
    }

    /**
     * The months of {@code year} a person was in service: those ending on or after their first day ({@code joinedOn},
     * null: before the year) and beginning on or before the day a dismissal ended their service (null: none).
     */
    public static int monthsInService(int year, LocalDate joinedOn, LocalDate dismissedOn) {
        return monthsInService(year, joinedOn, dismissedOn, null);
    }

    /**
     * As above, of the months ended before {@code today} (null: all): a month of the year still under way, or to
     * come, is no absence yet — a year classified in its December is absent only from the months it has had.
     */
    public static int monthsInService(int year, LocalDate joinedOn, LocalDate dismissedOn, LocalDate today) {
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            java.time.YearMonth month = java.time.YearMonth.of(year, m);
            if ((joinedOn == null || !month.atEndOfMonth().isBefore(joinedOn))
                    && (dismissedOn == null || !month.atDay(1).isAfter(dismissedOn))
                    && (today == null || month.atEndOfMonth().isBefore(today))) {
                months++;
            }
        }
        return months;
    }

    private static AnnualLevel decree335Level(BigDecimal mean) {
        for (int rank = 0; rank < DECREE_335_EDGES.size(); rank++) {
            if (mean.compareTo(DECREE_335_EDGES.get(rank)) >= 0) {
                return AnnualLevel.ofBandRank(rank);
            }
        }
        return AnnualLevel.KHTNV;
    }

    /**
     * Decree 335/2025 in one unit: of those classified under it, those rated HTXS are at most 20% of those rated HTT
     * once the others are demoted to HTT ({@link Quota#keptAtLevel}); the lowest means are demoted (equal means:
     * person id ascending). Others are
     * returned as they are, in their order.
     */
    public static List<AnnualClassification> applyDecree335Quota(List<AnnualClassification> unit) {
        List<AnnualClassification> under335 = unit.stream()
                .filter(c -> AnnualClassification.DECREE_335.equals(c.basis())).toList();
        List<AnnualClassification> excellent = under335.stream().filter(c -> c.level() == AnnualLevel.HTXSNV)
                .sorted(Comparator.comparing(AnnualClassification::meanScore)
                        .thenComparing(AnnualClassification::personId))
                .toList();
        long good = under335.stream().filter(c -> c.level() == AnnualLevel.HTTNV).count();
        int allowed = DECREE_335_QUOTA.keptAtLevel(excellent.size(), good, false);
        Map<String, AnnualClassification> demoted = new LinkedHashMap<>();
        for (int i = 0; i < excellent.size() - allowed; i++) {
            AnnualClassification c = excellent.get(i);
            demoted.put(c.personId(), c.adjustedTo(AnnualLevel.HTTNV, AnnualClassification.QUOTA));
        }
        return unit.stream().map(c -> demoted.getOrDefault(c.personId(), c)).toList();
    }

    /**
     * Whether a disciplinary decision of {@code year}, taken from the day Decree 48/2023 took effect, fails it: one
     * does unless its violation was a ground of an earlier year's failure (Decree 48: a violation concluded and
     * used to rate its year KHTNV is not counted again in the year its decision is taken, however late): that year
     * ({@code earlierYears}) failed by its score, and the score lost the violation's points.
     */
    static boolean disciplinedInYear(int year, List<DecidedSanction> sanctions,
                                     Map<Integer, AnnualClassification> earlierYears) {
        for (DecidedSanction sanction : sanctions) {
            if (!sanction.form().disciplinary() || sanction.decidedOn().getYear() != year
                    || sanction.decidedOn().isBefore(DECREE_48_IN_FORCE)) {
                continue;
            }
            int violationYear = sanction.violationOccurredOn().getYear();
            AnnualClassification thatYear = violationYear < year ? earlierYears.get(violationYear) : null;
            boolean alreadyCounted = thatYear != null && thatYear.level() == AnnualLevel.KHTNV
                    && thatYear.levelByScore() == AnnualLevel.KHTNV
                    && thatYear.pricedViolations().contains(sanction.violationId());
            if (!alreadyCounted) {
                return true;
            }
        }
        return false;
    }
}
