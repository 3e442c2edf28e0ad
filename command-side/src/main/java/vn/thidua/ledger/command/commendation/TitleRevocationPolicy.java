package vn.thidua.ledger.command.commendation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.commendation.ReinstateCommendation;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * A title is revoked when a violation confirmed later falls in the period it rewarded (DOMAIN.md item 6):
 * on each confirmation, and on each correction of a confirmed violation's day, every title of that person or unit
 * covering the day of the violation is revoked by command, naming the violation. When a violation of the subject is
 * retracted, or its day corrected, the titles violations revoked whose period no confirmed violation falls in any
 * more are reinstated: one of each title held once per period (not one granted again meanwhile), every
 * certificate. Runs after the event commits; a title already revoked, or already in force, is left as it is, so
 * replaying the stream changes nothing.
 */
@Component
@ProcessingGroup(TitleRevocationPolicy.PROCESSOR)
class TitleRevocationPolicy {

    static final String PROCESSOR = "title-revocation";
    static final String ACTOR = "system:title-revocation";
    private static final Logger log = LoggerFactory.getLogger(TitleRevocationPolicy.class);

    private final TitlesInForce titles;
    private final OrganisationDirectory directory;
    private final CommandGateway commands;

    TitleRevocationPolicy(TitlesInForce titles, OrganisationDirectory directory, CommandGateway commands) {
        this.titles = titles;
        this.directory = directory;
        this.commands = commands;
    }

    @EventHandler
    void on(ViolationConfirmed event) {
        // as the violation stands now: one retracted or moved meanwhile (a lag, a replay) revokes nothing here
        if (!standsOn(event.violationId(), event.occurredOn())) {
            return;
        }
        revoke(event.subjectKind().name(), event.subjectId(), event.occurredOn(), "Thu hồi do vi phạm "
                + event.violationId().value() + " ngày " + event.occurredOn()
                + " được xác nhận, nằm trong kỳ được khen thưởng", event.violationId());
    }

    /**
     * A confirmed violation whose day is corrected into a rewarded period revokes that title too; a correction that
     * leaves a revoked title's period without a confirmed violation reinstates it.
     */
    @EventHandler
    void on(ViolationAmended event) {
        if (event.occurredOn().equals(event.previousOccurredOn()) || !directory.isConfirmed(event.violationId())) {
            return;
        }
        reinstate(event.subjectKind(), event.subjectId(), "ngày của vi phạm " + event.violationId().value()
                + " được sửa thành " + event.occurredOn());
        // a later correction of the day revokes for its own day, when its turn comes
        if (!standsOn(event.violationId(), event.occurredOn())) {
            return;
        }
        revoke(event.subjectKind().name(), event.subjectId(), event.occurredOn(), "Thu hồi do vi phạm "
                + event.violationId().value() + " đã được xác nhận, sửa ngày thành " + event.occurredOn()
                + ", nằm trong kỳ được khen thưởng", event.violationId());
    }

    /** A violation withdrawn as a mistake revoked its titles by mistake: those it leaves without one are reinstated. */
    @EventHandler
    void on(ViolationRetracted event) {
        reinstate(event.subjectKind(), event.subjectId(), "vi phạm " + event.violationId().value()
                + " đã bị rút lại (" + event.reason() + ")");
    }

    /** Whether the violation is confirmed now and dated {@code day}. */
    private boolean standsOn(ViolationId violationId, LocalDate day) {
        return directory.confirmedViolationDay(violationId).filter(day::equals).isPresent();
    }

    private void revoke(String subjectKind, String subjectId, LocalDate day, String reason, ViolationId violationId) {
        for (CommendationId title : titles.covering(subjectKind, subjectId, day)) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new RevokeCommendation(title, reason, violationId))
                        .andMetaData(Map.of(MetaDataKeys.ACTOR, ACTOR)));
                log.info("Revoked title {} after violation {}", title.value(), violationId.value());
            } catch (RefusedException alreadyFinal) {
                log.debug("Title {} not revoked: {}", title.value(), alreadyFinal.getMessage());
            }
        }
    }

    /**
     * Reinstates the subject's titles a violation revoked whose period no confirmed violation of the subject falls in
     * any more — of a title held once per period, one: a title granted again meanwhile was revoked too, and holding
     * it twice is refused; certificates, which may repeat, all. The commendation refuses what is still not due (a title in force again, a violation left).
     */
    private void reinstate(SubjectKind kind, String subjectId, String why) {
        String recipientKind = kind == SubjectKind.PERSON ? RecipientKind.PERSON.name() : RecipientKind.UNIT.name();
        Set<String> reinstated = new HashSet<>();
        for (TitlesInForce.RevokedTitle revoked : titles.revokedOf(recipientKind, subjectId)) {
            Period period = revoked.period();
            // certificates may repeat in a period; a title held once per period comes back once
            boolean once = CommendationTitle.valueOf(revoked.title()).heldOncePerPeriod();
            if (directory.confirmedViolationBetween(kind, subjectId, period.from(), period.to()).isPresent()
                    || once && !reinstated.add(revoked.title() + " " + period)) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReinstateCommendation(
                                revoked.commendationId(), revoked.violationId(), "Khôi phục: " + why
                                + "; không còn vi phạm đã xác nhận nào trong kỳ được khen thưởng"))
                        .andMetaData(Map.of(MetaDataKeys.ACTOR, ACTOR)));
                log.info("Reinstated title {} ({})", revoked.commendationId().value(), why);
            } catch (RefusedException stillRevoked) {
                reinstated.remove(revoked.title() + " " + period);
                log.info("Title {} not reinstated: {}", revoked.commendationId().value(), stillRevoked.getMessage());
            }
        }
    }
}
