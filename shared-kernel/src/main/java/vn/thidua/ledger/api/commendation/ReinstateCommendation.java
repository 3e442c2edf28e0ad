package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * Undoes the revocation of a commendation that violation {@code violationId} caused, now that the violation no longer
 * falls in the period it rewarded (retracted, or its day corrected), saying why.
 */
public record ReinstateCommendation(@TargetAggregateIdentifier CommendationId commendationId,
                                    ViolationId violationId, String reason) {
}
