package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes an approved commendation (e.g. a confirmed violation fell in the period it rewarded), saying why. */
public record RevokeCommendation(@TargetAggregateIdentifier CommendationId commendationId, String reason) {
}
