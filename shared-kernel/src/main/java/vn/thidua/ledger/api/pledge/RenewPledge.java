package vn.thidua.ledger.api.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renews a pledge for another year of its campaign (ký lại cam kết hằng năm); null items keep the earlier ones. */
public record RenewPledge(@TargetAggregateIdentifier PledgeId pledgeId, int year, LocalDate renewedOn, List<String> items) {
}
