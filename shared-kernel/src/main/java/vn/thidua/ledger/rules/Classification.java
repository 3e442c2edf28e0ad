package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's classification: the score (criteria points less penalties), the level, and the adjustments
 * that changed the level the score alone would give ({@link #SANCTION_CAP}, {@link #QUOTA}).
 */
public record Classification(String personId, BigDecimal score, BigDecimal penalty, String level,
                             String levelByScore, List<String> adjustedBy) {

    public static final String SANCTION_CAP = "SANCTION_CAP";
    public static final String QUOTA = "QUOTA";

    public Classification {
        adjustedBy = List.copyOf(adjustedBy);
    }
}
