package vn.thidua.ledger.api.pledge;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a pledge (e.g. the person left the unit); a new one may then be signed. */
public record WithdrawPledge(@TargetAggregateIdentifier PledgeId pledgeId, LocalDate withdrawnOn, String reason) {
}
