package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * At most {@code maxShare} of a unit's people may reach {@code level}; the lowest scores above the quota
 * are demoted to {@code demoteTo}. The share is taken of {@code base}: {@value #CLASSIFIED} (the people
 * classified, the default; e.g. Hanoi 3814-QĐ/TU: at most 30% A) or {@code LEVEL:<level>} (the people rated
 * at that level once the quota is applied, those demoted to it included; e.g. Decree 335/2025: HTXS at most 20% of
 * those rated HTT — see {@link #keptAtLevel}). A unit recognised as exceptional for
 * the period — its own evaluation reaches the top band of its criteria set — may have {@code exceptionalMaxShare}
 * instead (e.g. Hanoi 3814-QĐ/TU: 40%); null when the rules make no such exception.
 */
public record Quota(String level, BigDecimal maxShare, String demoteTo, String base, BigDecimal exceptionalMaxShare) {

    public static final String CLASSIFIED = "CLASSIFIED";
    public static final String LEVEL_PREFIX = "LEVEL:";

    public Quota {
        base = base == null ? CLASSIFIED : base;
    }

    public Quota(String level, BigDecimal maxShare, String demoteTo) {
        this(level, maxShare, demoteTo, CLASSIFIED, null);
    }

    public Quota(String level, BigDecimal maxShare, String demoteTo, String base) {
        this(level, maxShare, demoteTo, base, null);
    }

    /** The share allowed in a unit recognised as exceptional ({@code exceptionalUnit}) or in any other. */
    public BigDecimal maxShare(boolean exceptionalUnit) {
        return exceptionalUnit && exceptionalMaxShare != null ? exceptionalMaxShare : maxShare;
    }

    /** The level whose count the share is taken of, or empty when it is the count of people classified. */
    public Optional<String> baseLevel() {
        return base.startsWith(LEVEL_PREFIX) ? Optional.of(base.substring(LEVEL_PREFIX.length())) : Optional.empty();
    }

    /** How many may reach {@link #level()} when the base counts {@code baseCount} people: ⌊maxShare × baseCount⌋. */
    public int allowed(long baseCount) {
        return allowed(baseCount, false);
    }

    /**
     * For a quota on a level ({@code LEVEL:X}): how many of the {@code reaching} people at {@link #level()} keep it,
     * so that they are at most the share of the people rated X once the others are demoted — {@code othersAtBase}
     * already rated X, and the demoted when {@link #demoteTo()} is X. The largest k with k ≤ ⌊share × (people
     * rated X with k kept)⌋: 3 reaching HTXS and 7 rated HTT keep 1 (1 ≤ ⌊0.2 × 9⌋), 10 reaching HTXS and none HTT
     * keep 1 too (the other 9 become HTT).
     */
    public int keptAtLevel(int reaching, long othersAtBase, boolean exceptionalUnit) {
        String baseLevel = baseLevel().orElseThrow(() -> new IllegalStateException("quota " + base
                + " is not taken of a level"));
        for (int kept = reaching; kept > 0; kept--) {
            long atBase = othersAtBase + (baseLevel.equals(level) ? kept : 0)
                    + (baseLevel.equals(demoteTo) ? reaching - kept : 0);
            if (kept <= allowed(atBase, exceptionalUnit)) {
                return kept;
            }
        }
        return 0;
    }

    /** As {@link #allowed(long)}, with the exceptional unit's share when {@code exceptionalUnit}. */
    public int allowed(long baseCount, boolean exceptionalUnit) {
        return maxShare(exceptionalUnit).multiply(BigDecimal.valueOf(baseCount)).setScale(0, RoundingMode.FLOOR)
                .intValueExact();
    }
}
