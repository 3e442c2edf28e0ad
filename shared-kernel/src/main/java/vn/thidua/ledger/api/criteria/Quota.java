package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * At most {@code maxShare} of a unit's people may reach {@code level}; the lowest scores above the quota
 * are demoted to {@code demoteTo}. The share is taken of {@code base}: {@value #CLASSIFIED} (the people
 * classified, the default; e.g. Hanoi 3814-QĐ/TU: at most 30% A) or {@code LEVEL:<level>} (the people rated
 * at that level; e.g. Decree 335/2025: HTXS at most 20% of those rated HTT). A unit recognised as exceptional for
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

    /** As {@link #allowed(long)}, with the exceptional unit's share when {@code exceptionalUnit}. */
    public int allowed(long baseCount, boolean exceptionalUnit) {
        return maxShare(exceptionalUnit).multiply(BigDecimal.valueOf(baseCount)).setScale(0, RoundingMode.FLOOR)
                .intValueExact();
    }
}
