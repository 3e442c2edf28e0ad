package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * Revokes an approved commendation, saying why: by decision, or because confirmed violation {@code violationId} fell
 * in the period it rewarded (null for a decision).
 */
public record RevokeCommendation(@TargetAggregateIdentifier CommendationId commendationId, String reason,
                                 ViolationId violationId) {

    public RevokeCommendation(CommendationId commendationId, String reason) {
        this(commendationId, reason, null);
    }
}
