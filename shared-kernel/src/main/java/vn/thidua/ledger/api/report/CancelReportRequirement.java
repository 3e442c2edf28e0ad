package vn.thidua.ledger.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a report's requirement before it is submitted (the unit merged, required by mistake), with why. */
public record CancelReportRequirement(@TargetAggregateIdentifier ReportId reportId, String reason) {
}
