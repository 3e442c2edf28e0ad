package vn.thidua.ledger.api.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what an open inspection found on one item of its checklist. */
public record RecordFinding(@TargetAggregateIdentifier InspectionId inspectionId, String item, FindingResult result,
                            String note) {
}
