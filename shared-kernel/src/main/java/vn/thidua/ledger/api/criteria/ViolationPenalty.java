package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;

/** Points taken off a score for each confirmed violation whose rule code starts with {@code rulePrefix}. */
public record ViolationPenalty(String rulePrefix, BigDecimal points) {

    public boolean appliesTo(String ruleCode) {
        return ruleCode != null && ruleCode.startsWith(rulePrefix);
    }
}
