package vn.thidua.ledger.api.violation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Annuls the sanction in force for a violation (e.g. overturned on appeal), giving the reason, and the day and number
 * of the annulling decision ({@code annulledOn} null: the day it is recorded; {@code decisionNo} may be null).
 */
public record AnnulSanction(@TargetAggregateIdentifier ViolationId violationId, String reason, LocalDate annulledOn,
                            String decisionNo) {

    public AnnulSanction(ViolationId violationId, String reason) {
        this(violationId, reason, null, null);
    }
}
