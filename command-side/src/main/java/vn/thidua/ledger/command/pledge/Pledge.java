package vn.thidua.ledger.command.pledge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeRenewed;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.pledge.PledgeWithdrawn;
import vn.thidua.ledger.api.pledge.RenewPledge;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.api.pledge.WithdrawPledge;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;

/** A pledge (bản cam kết) a person signed under a campaign, renewed yearly until withdrawn. */
@Aggregate
class Pledge {

    @AggregateIdentifier
    private PledgeId pledgeId;
    private CampaignId campaignId;
    private PersonId personId;
    private LocalDate signedOn;
    private List<String> items;
    private final Set<Integer> coveredYears = new HashSet<>();
    /** The day of the latest renewal, null before any: a withdrawal dated before it would undo it unseen. */
    private LocalDate lastRenewedOn;
    private boolean withdrawn;

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
        Today.notAfter(command.signedOn(), "PLEDGE_DATE_NOT_IN_FUTURE", "signedOn", "Ngày ký cam kết");
        directory.requireInServiceOn(command.personId(), command.signedOn(), "signedOn");
        // the unit the person worked in on the day of signing decides the scope, not today's unit
        UnitId unit = directory.unitOn(command.personId(), command.signedOn()).orElse(person.unitId());
        if (!directory.isWithinOn(unit, campaign.scopeUnitId(), command.signedOn())) {
            throw RefusedException.conflict("PLEDGE_PERSON_IN_SCOPE", "personId",
                    "Người ký thuộc đơn vị " + unit.value() + ", ngoài phạm vi cuộc vận động ("
                            + campaign.scopeUnitId().value() + ")");
        }
        directory.lastPledgeWithdrawal(command.campaignId(), command.personId())
                .filter(withdrawn -> command.signedOn().isBefore(withdrawn))
                .ifPresent(withdrawn -> {
                    // two pledges of one person never cover the same days
                    throw RefusedException.conflict("PLEDGE_AFTER_WITHDRAWAL", "signedOn", "Ngày ký "
                            + command.signedOn() + " trước ngày rút bản cam kết trước của người này (" + withdrawn + ")");
                });
        if (directory.hasActivePledge(command.campaignId(), command.personId())) {
            throw RefusedException.conflict("PLEDGE_ONE_ACTIVE", "personId",
                    "Người này đã có bản cam kết còn hiệu lực trong cuộc vận động " + command.campaignId().value());
        }
        apply(new PledgeSigned(command.pledgeId(), command.campaignId(), command.personId(), unit,
                command.signedOn(), command.items()));
    }

    @CommandHandler
    void handle(RenewPledge command, OrganisationDirectory directory) {
        requireActive();
        if (command.renewedOn() == null) {
            throw RefusedException.invalid("PLEDGE_RENEWAL_DATE_REQUIRED", "renewedOn", "Phải nêu ngày ký lại");
        }
        if (command.renewedOn().isBefore(signedOn)) {
            throw RefusedException.invalid("PLEDGE_RENEWAL_AFTER_SIGNING", "renewedOn",
                    "Ngày ký lại trước ngày ký cam kết " + signedOn);
        }
        CampaignEntry campaign = directory.campaign(campaignId).orElseThrow();
        if (command.renewedOn().isAfter(campaign.endsOn())) {
            throw RefusedException.invalid("PLEDGE_RENEWAL_WITHIN_CAMPAIGN", "renewedOn",
                    "Ngày ký lại " + command.renewedOn() + " sau khi cuộc vận động kết thúc (" + campaign.endsOn() + ")");
        }
        Today.notAfter(command.renewedOn(), "PLEDGE_RENEWAL_DATE_NOT_IN_FUTURE", "renewedOn", "Ngày ký lại");
        directory.requireInServiceOn(personId, command.renewedOn(), "renewedOn");
        if (command.year() < campaign.startsOn().getYear() || command.year() > campaign.endsOn().getYear()) {
            throw RefusedException.conflict("PLEDGE_RENEWAL_YEAR_IN_CAMPAIGN", "year",
                    "Năm " + command.year() + " nằm ngoài thời gian của cuộc vận động "
                            + campaign.startsOn() + ".." + campaign.endsOn());
        }
        // a renewal commits the person for the year it is made in or the next, never for a year gone or before signing
        int renewedIn = command.renewedOn().getYear();
        if (command.year() < signedOn.getYear() || command.year() < renewedIn || command.year() > renewedIn + 1) {
            throw RefusedException.invalid("PLEDGE_RENEWAL_YEAR", "year", "Ký lại ngày " + command.renewedOn()
                    + " chỉ cho năm " + renewedIn + " hoặc " + (renewedIn + 1)
                    + (command.year() < signedOn.getYear() ? " (bản cam kết ký ngày " + signedOn + ")" : "")
                    + ", không phải năm " + command.year());
        }
        if (coveredYears.contains(command.year())) {
            throw RefusedException.conflict("PLEDGE_ONCE_A_YEAR", "year",
                    "Bản cam kết đã có hiệu lực cho năm " + command.year());
        }
        // whoever has since been transferred out of the campaign's scope no longer renews under it
        directory.unitOn(personId, command.renewedOn())
                .filter(unit -> !directory.isWithinOn(unit, campaign.scopeUnitId(), command.renewedOn()))
                .ifPresent(unit -> {
                    throw RefusedException.conflict("PLEDGE_PERSON_IN_SCOPE", "renewedOn", "Ngày "
                            + command.renewedOn() + " người ký công tác tại đơn vị " + unit.value()
                            + ", ngoài phạm vi cuộc vận động (" + campaign.scopeUnitId().value() + ")");
                });
        List<String> renewedItems = command.items() == null ? items : List.copyOf(command.items());
        apply(new PledgeRenewed(pledgeId, campaignId, personId, command.year(), command.renewedOn(), renewedItems));
    }

    @CommandHandler
    void handle(WithdrawPledge command, OrganisationDirectory directory) {
        requireActive();
        if (command.withdrawnOn() == null) {
            throw RefusedException.invalid("PLEDGE_WITHDRAWAL_DATE_REQUIRED", "withdrawnOn", "Phải nêu ngày");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RefusedException.invalid("PLEDGE_WITHDRAWAL_REASON_REQUIRED", "reason", "Phải nêu lý do");
        }
        if (command.withdrawnOn().isBefore(signedOn)) {
            throw RefusedException.invalid("PLEDGE_WITHDRAWAL_AFTER_SIGNING", "withdrawnOn",
                    "Ngày rút trước ngày ký cam kết " + signedOn);
        }
        Today.notAfter(command.withdrawnOn(), "PLEDGE_WITHDRAWAL_DATE_NOT_IN_FUTURE", "withdrawnOn",
                "Ngày rút cam kết");
        // a pledge ends with its campaign: after that there is nothing left in force to withdraw
        directory.campaign(campaignId).map(CampaignEntry::endsOn)
                .filter(ends -> command.withdrawnOn().isAfter(ends))
                .ifPresent(ends -> {
                    throw RefusedException.conflict("PLEDGE_WITHDRAWAL_WITHIN_CAMPAIGN", "withdrawnOn", "Ngày rút "
                            + command.withdrawnOn() + " sau khi cuộc vận động kết thúc (" + ends
                            + "); bản cam kết đã hết hiệu lực cùng cuộc vận động");
                });
        if (lastRenewedOn != null && command.withdrawnOn().isBefore(lastRenewedOn)) {
            throw RefusedException.conflict("PLEDGE_WITHDRAWAL_AFTER_RENEWAL", "withdrawnOn", "Ngày rút "
                    + command.withdrawnOn() + " trước ngày bản cam kết được ký lại (" + lastRenewedOn
                    + "); việc ký lại đã ghi nhận không thể bị xoá ngầm");
        }
        apply(new PledgeWithdrawn(pledgeId, campaignId, personId, command.withdrawnOn(), command.reason().strip()));
    }

    private void requireActive() {
        if (withdrawn) {
            throw RefusedException.conflict("PLEDGE_WITHDRAWN", "id", "Bản cam kết đã được rút");
        }
    }

    @EventSourcingHandler
    void on(PledgeSigned event) {
        pledgeId = event.pledgeId();
        campaignId = event.campaignId();
        personId = event.personId();
        signedOn = event.signedOn();
        items = event.items();
        coveredYears.add(event.signedOn().getYear());
    }

    @EventSourcingHandler
    void on(PledgeRenewed event) {
        coveredYears.add(event.year());
        if (lastRenewedOn == null || event.renewedOn().isAfter(lastRenewedOn)) {
            lastRenewedOn = event.renewedOn();
        }
        items = event.items();
    }

    @EventSourcingHandler
    void on(PledgeWithdrawn event) {
        withdrawn = true;
    }
}
