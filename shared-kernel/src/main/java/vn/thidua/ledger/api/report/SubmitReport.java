package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a report was submitted on {@code submittedOn}; {@code documentRef} points at the document sent. */
public record SubmitReport(@TargetAggregateIdentifier ReportId reportId, LocalDate submittedOn, String documentRef) {
}
