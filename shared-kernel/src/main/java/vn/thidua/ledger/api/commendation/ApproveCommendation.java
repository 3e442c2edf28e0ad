package vn.thidua.ledger.api.commendation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves a proposed commendation by a decision (quyết định khen thưởng) with its number and date. */
public record ApproveCommendation(@TargetAggregateIdentifier CommendationId commendationId, String decisionNo,
                                  LocalDate decidedOn) {
}
