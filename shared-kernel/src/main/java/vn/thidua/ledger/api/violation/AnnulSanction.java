package vn.thidua.ledger.api.violation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Annuls the sanction in force for a violation (e.g. overturned on appeal), giving the reason. */
public record AnnulSanction(@TargetAggregateIdentifier ViolationId violationId, String reason) {
}
