package vn.thidua.ledger.api.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an inspection with its conclusion (kết luận kiểm tra); nothing more may be recorded in it. */
public record CloseInspection(@TargetAggregateIdentifier InspectionId inspectionId, String conclusion) {
}
