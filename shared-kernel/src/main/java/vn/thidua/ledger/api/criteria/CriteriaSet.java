package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a criteria set (bộ tiêu chí), exactly as published; numbers are exact decimals.
 * <p>
 * Meaning, for the rules engine: score = Σ min(points, max) over {@link #criteria()} (a criterion without
 * points counts 0) − the penalty of each confirmed violation; level = the first of {@link #bands()} whose
 * {@code min} ≤ score, and the last band's level for a score below every {@code min}; a sanction reaching
 * {@link #sanctionCap()} caps the level; then {@link #quota()} demotes the lowest scores above it.
 * <p>
 * The value is not validated on construction, so that every event ever stored can be read back whatever
 * the rules of publishing become; the command side checks a definition before publishing it. Optional parts
 * are null ({@code quota}, {@code sanctionCap}, texts) or empty (lists).
 */
public record CriteriaSet(CriteriaSetId id, int version, CriteriaSubject subject, LocalDate effectiveFrom,
                          String title, String legalBasis, boolean unconfirmed, List<Criterion> criteria,
                          List<Band> bands, Quota quota, List<ViolationPenalty> violationPenalty,
                          SanctionCap sanctionCap) {

    /** The most decimals a number of a criteria set or a score may have. */
    public static final int MAX_DECIMALS = 4;
    /** The most digits before the decimal point a number of a criteria set or a score may have. */
    public static final int MAX_INTEGER_DIGITS = 7;

    public CriteriaSet {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        bands = bands == null ? List.of() : List.copyOf(bands);
        violationPenalty = violationPenalty == null ? List.of() : List.copyOf(violationPenalty);
    }

    /**
     * True for a number a criteria set or a score may hold: at most {@value #MAX_DECIMALS} decimals and
     * {@value #MAX_INTEGER_DIGITS} digits before the point. Sums of such numbers stay small and exact, whereas an
     * exact decimal such as {@code 1E-1000000000} would make every sum it enters a billion digits long.
     */
    public static boolean isWithinPrecision(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() <= MAX_DECIMALS && stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS;
    }

    /** This very version, as {@code ID@V}. */
    public CriteriaSetRef ref() {
        return CriteriaSetRef.of(id, version);
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The most points the criteria can give together. */
    public BigDecimal maxScore() {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ min(points, max) over the criteria; a criterion missing from {@code points} counts 0, unknown codes none. */
    public BigDecimal scoreOf(Map<String, BigDecimal> points) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            BigDecimal given = points.get(criterion.code());
            if (given != null) {
                sum = sum.add(criterion.capped(given));
            }
        }
        return sum;
    }

    public boolean hasLevel(String level) {
        return rank(level) >= 0;
    }

    /** The position of {@code level} among the bands, 0 being the best; -1 for a level the set does not have. */
    public int rank(String level) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).level().equals(level)) {
                return i;
            }
        }
        return -1;
    }

    /** True when both levels are known and {@code level} is worse than {@code other}. */
    public boolean ranksBelow(String level, String other) {
        int rank = rank(level);
        int otherRank = rank(other);
        return rank >= 0 && otherRank >= 0 && rank > otherRank;
    }

    /** The first band whose {@code min} ≤ {@code score}; below every band, the last band's level. */
    public String levelFor(BigDecimal score) {
        if (bands.isEmpty()) {
            throw new IllegalStateException("criteria set " + ref() + " has no bands");
        }
        return bands.stream().filter(band -> band.admits(score)).findFirst()
                .orElse(bands.get(bands.size() - 1)).level();
    }

    /**
     * The points taken off for one confirmed violation of {@code ruleCode}: those of the most specific
     * (longest) matching prefix, so that {@code NK-3} can weigh more than the other {@code NK-} rules; zero
     * when none matches.
     */
    public BigDecimal penaltyFor(String ruleCode) {
        return violationPenalty.stream().filter(p -> p.appliesTo(ruleCode))
                .max(Comparator.comparingInt(p -> p.rulePrefix().length()))
                .map(ViolationPenalty::points).orElse(BigDecimal.ZERO);
    }

    /** {@code level}, lowered to the cap's level when a sanction of {@code sanctionForm} reaches the cap. */
    public String cappedBySanction(String level, String sanctionForm) {
        if (sanctionCap == null || !sanctionCap.reachedBy(sanctionForm)) {
            return level;
        }
        return ranksBelow(sanctionCap.maxLevel(), level) ? sanctionCap.maxLevel() : level;
    }
}
