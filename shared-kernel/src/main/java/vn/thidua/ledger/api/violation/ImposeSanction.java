package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Imposes a sanction for a confirmed violation, as decided on {@code decidedOn} by decision {@code decisionNo}. */
public record ImposeSanction(@TargetAggregateIdentifier ViolationId violationId, SanctionForm form,
                             LocalDate decidedOn, String decisionNo) {
}
