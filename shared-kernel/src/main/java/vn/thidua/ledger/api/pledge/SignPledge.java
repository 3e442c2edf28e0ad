package vn.thidua.ledger.api.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;

/** A person signs a pledge (bản cam kết) under a campaign; {@code items} are the commitments written in it. */
public record SignPledge(@TargetAggregateIdentifier PledgeId pledgeId, CampaignId campaignId, PersonId personId,
                         LocalDate signedOn, List<String> items) {

    public SignPledge {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
