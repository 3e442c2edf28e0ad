package vn.thidua.ledger.api.commendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects a proposed commendation, saying why. */
public record RejectCommendation(@TargetAggregateIdentifier CommendationId commendationId, String reason) {
}
