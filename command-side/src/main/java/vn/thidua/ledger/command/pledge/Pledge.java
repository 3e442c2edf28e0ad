package vn.thidua.ledger.command.pledge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;

/** A pledge (bản cam kết) a person signed under a campaign. */
@Aggregate
class Pledge {

    @AggregateIdentifier
    private PledgeId pledgeId;

    Pledge() {
        // for Axon
    }

    @CommandHandler
    Pledge(SignPledge command, OrganisationDirectory directory) {
        if (command.signedOn() == null) {
            throw RefusedException.invalid("PLEDGE_DATE_REQUIRED", "signedOn", "Phải nêu ngày ký cam kết");
        }
        if (command.campaignId() == null || command.personId() == null) {
            throw RefusedException.invalid("PLEDGE_PARTIES_REQUIRED",
                    command.campaignId() == null ? "campaignId" : "personId", "Phải nêu cuộc vận động và người ký");
        }
        if (directory.pledgeExists(command.pledgeId())) {
            throw RefusedException.alreadyExists(command.pledgeId());
        }
        CampaignEntry campaign = directory.campaign(command.campaignId())
                .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
        PersonEntry person = directory.person(command.personId())
                .orElseThrow(() -> RefusedException.notFound("personId", command.personId()));
        if (command.signedOn().isBefore(campaign.startsOn()) || command.signedOn().isAfter(campaign.endsOn())) {
            throw RefusedException.invalid("PLEDGE_WITHIN_CAMPAIGN", "signedOn",
                    "Ngày ký " + command.signedOn() + " nằm ngoài thời gian của cuộc vận động "
                            + campaign.startsOn() + ".." + campaign.endsOn());
        }
        if (!directory.isWithin(person.unitId(), campaign.scopeUnitId())) {
            throw RefusedException.conflict("PLEDGE_PERSON_IN_SCOPE", "personId",
                    "Người ký thuộc đơn vị " + person.unitId().value() + ", ngoài phạm vi cuộc vận động ("
                            + campaign.scopeUnitId().value() + ")");
        }
        if (directory.hasActivePledge(command.campaignId(), command.personId())) {
            throw RefusedException.conflict("PLEDGE_ONE_ACTIVE", "personId",
                    "Người này đã có bản cam kết còn hiệu lực trong cuộc vận động " + command.campaignId().value());
        }
        apply(new PledgeSigned(command.pledgeId(), command.campaignId(), command.personId(), person.unitId(),
                command.signedOn(), command.items()));
    }

    @EventSourcingHandler
    void on(PledgeSigned event) {
        pledgeId = event.pledgeId();
    }
}
