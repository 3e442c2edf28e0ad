package vn.thidua.ledger.command.covenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.covenant.CovenantId;
import vn.thidua.ledger.api.covenant.CovenantSigned;
import vn.thidua.ledger.api.covenant.SignCovenant;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;

/** An emulation covenant (giao ước thi đua) signed between units under a movement. */
@Aggregate
class Covenant {

    @AggregateIdentifier
    private CovenantId covenantId;

    Covenant() {
        // for Axon
    }

    @CommandHandler
    Covenant(SignCovenant command, OrganisationDirectory directory) {
        if (command.signedOn() == null) {
            throw RefusedException.invalid("COVENANT_DATE_REQUIRED", "signedOn", "Phải nêu ngày ký giao ước");
        }
        List<UnitId> units = command.unitIds() == null ? List.of() : command.unitIds();
        Set<UnitId> distinct = new LinkedHashSet<>(units);
        if (distinct.size() < 2 || distinct.size() != units.size()) {
            throw RefusedException.invalid("COVENANT_BETWEEN_UNITS", "unitIds",
                    "Giao ước thi đua cần ít nhất hai đơn vị khác nhau");
        }
        CampaignEntry campaign = directory.campaign(command.campaignId())
                .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
        if (command.signedOn().isBefore(campaign.startsOn()) || command.signedOn().isAfter(campaign.endsOn())) {
            throw RefusedException.invalid("COVENANT_WITHIN_CAMPAIGN", "signedOn",
                    "Ngày ký " + command.signedOn() + " nằm ngoài thời gian của phong trào "
                            + campaign.startsOn() + ".." + campaign.endsOn());
        }
        Today.notAfter(command.signedOn(), "COVENANT_DATE_NOT_IN_FUTURE", "signedOn", "Ngày ký giao ước");
        for (int i = 0; i < units.size(); i++) {
            UnitId unit = units.get(i);
            if (!directory.unitExists(unit)) {
                throw RefusedException.notFound("unitIds[" + i + "]", unit);
            }
            if (directory.unit(unit).orElseThrow().closed()) {
                throw RefusedException.conflict("UNIT_CLOSED", "unitIds[" + i + "]", "Đơn vị " + unit.value()
                        + " đã giải thể");
            }
            // as the tree stood on the day it was signed: a division moved in or away since counts where it was
            if (!directory.isWithinOn(unit, campaign.scopeUnitId(), command.signedOn())) {
                throw RefusedException.conflict("COVENANT_UNITS_IN_SCOPE", "unitIds[" + i + "]",
                        "Đơn vị " + unit.value() + " ngoài phạm vi phát động (" + campaign.scopeUnitId().value() + ")");
            }
        }
        apply(new CovenantSigned(command.covenantId(), command.campaignId(), units, command.signedOn(),
                command.content()));
    }

    @EventSourcingHandler
    void on(CovenantSigned event) {
        covenantId = event.covenantId();
    }
}
