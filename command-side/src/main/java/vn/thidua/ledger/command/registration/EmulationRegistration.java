package vn.thidua.ledger.command.registration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.registration.EmulationRegistered;
import vn.thidua.ledger.api.registration.RegisterForEmulation;
import vn.thidua.ledger.api.registration.RegistrationId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;

/** A unit's emulation registration (đăng ký thi đua) for one year of a movement. */
@Aggregate
class EmulationRegistration {

    @AggregateIdentifier
    private RegistrationId registrationId;

    EmulationRegistration() {
        // for Axon
    }

    @CommandHandler
    EmulationRegistration(RegisterForEmulation command, OrganisationDirectory directory) {
        if (command.targets() == null || command.targets().isEmpty()) {
            throw RefusedException.invalid("REGISTRATION_TARGETS_REQUIRED", "targets",
                    "Phải nêu ít nhất một chỉ tiêu hoặc danh hiệu đăng ký");
        }
        CampaignEntry campaign = directory.campaign(command.campaignId())
                .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
        if (!directory.unitExists(command.unitId())) {
            throw RefusedException.notFound("unitId", command.unitId());
        }
        if (directory.unit(command.unitId()).orElseThrow().closed()) {
            throw RefusedException.conflict("UNIT_CLOSED", "unitId", "Đơn vị " + command.unitId().value()
                    + " đã giải thể");
        }
        if (command.year() < campaign.startsOn().getYear() || command.year() > campaign.endsOn().getYear()) {
            throw RefusedException.conflict("REGISTRATION_YEAR_IN_CAMPAIGN", "year",
                    "Năm " + command.year() + " nằm ngoài thời gian của phong trào "
                            + campaign.startsOn() + ".." + campaign.endsOn());
        }
        if (command.registeredOn() == null) {
            // without its day, nothing could tell whether it was made for its year, or made at all by now
            throw RefusedException.invalid("REGISTRATION_DATE_REQUIRED", "registeredOn",
                    "Phải nêu ngày đăng ký thi đua (registeredOn)");
        }
        // registered at the start of its year, or late in the year before; not after the year it is for
        if (command.registeredOn().getYear() > command.year()
                || command.registeredOn().getYear() < command.year() - 1) {
            throw RefusedException.invalid("REGISTRATION_DATE_FOR_ITS_YEAR", "registeredOn",
                    "Ngày đăng ký " + command.registeredOn() + " không thuộc năm " + command.year()
                            + " hay năm trước đó");
        }
        Today.notAfter(command.registeredOn(), "REGISTRATION_DATE_NOT_IN_FUTURE", "registeredOn",
                "Ngày đăng ký thi đua");
        // as the tree stood for its year (its first day) or on the day it was made: not as it stands now
        if (!directory.isWithinOn(command.unitId(), campaign.scopeUnitId(), LocalDate.of(command.year(), 1, 1))
                && !directory.isWithinOn(command.unitId(), campaign.scopeUnitId(), command.registeredOn())) {
            throw RefusedException.conflict("REGISTRATION_UNIT_IN_SCOPE", "unitId",
                    "Đơn vị " + command.unitId().value() + " ngoài phạm vi phát động ("
                            + campaign.scopeUnitId().value() + ")");
        }
        if (directory.hasRegistration(command.campaignId(), command.unitId(), command.year())) {
            throw RefusedException.conflict("REGISTRATION_ONCE_A_YEAR", "year",
                    "Đơn vị " + command.unitId().value() + " đã đăng ký thi đua năm " + command.year());
        }
        apply(new EmulationRegistered(command.registrationId(), command.campaignId(), command.unitId(),
                command.year(), command.registeredOn(), List.copyOf(command.targets())));
    }

    @EventSourcingHandler
    void on(EmulationRegistered event) {
        registrationId = event.registrationId();
    }
}
