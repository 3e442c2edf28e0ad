package vn.thidua.ledger.api.covenant;

import java.time.LocalDate;
import vn.thidua.ledger.api.campaign.CampaignId;
import java.util.List;
import vn.thidua.ledger.api.unit.UnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Units sign an emulation covenant (giao ước thi đua) with each other under a movement. */
public record SignCovenant(@TargetAggregateIdentifier CovenantId covenantId, CampaignId campaignId, List<UnitId> unitIds, LocalDate signedOn, String content) {
}
