package vn.thidua.ledger.command.commendation;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.ReinstateCommendation;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * A title is revoked when a violation confirmed later falls in the period it rewarded (DOMAIN.md item 6):
 * on each confirmation, and on each correction of a confirmed violation's day, every title of that person or unit
 * covering the day of the violation is revoked by command, naming the violation. When that violation is retracted, or
 * its day corrected out of a title's period, the titles it revoked are reinstated (unless another confirmed violation
 * falls in their period, or the title was granted again). Runs after the event commits; a title already revoked,
 * or already in force, is left as it is, so replaying the stream changes nothing.
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
        revoke(event.subjectKind().name(), event.subjectId(), event.occurredOn(), "Thu hồi do vi phạm "
                + event.violationId().value() + " ngày " + event.occurredOn()
                + " được xác nhận, nằm trong kỳ được khen thưởng", event.violationId());
    }

    /**
     * A confirmed violation whose day is corrected into a rewarded period revokes that title too; the titles it
     * revoked whose period its new day leaves are reinstated.
     */
    @EventHandler
    void on(ViolationAmended event) {
        if (event.occurredOn().equals(event.previousOccurredOn()) || !directory.isConfirmed(event.violationId())) {
            return;
        }
        reinstate(event.violationId(), event.occurredOn(), "Khôi phục: ngày của vi phạm "
                + event.violationId().value() + " được sửa thành " + event.occurredOn()
                + ", ngoài kỳ được khen thưởng");
        revoke(event.subjectKind().name(), event.subjectId(), event.occurredOn(), "Thu hồi do vi phạm "
                + event.violationId().value() + " đã được xác nhận, sửa ngày thành " + event.occurredOn()
                + ", nằm trong kỳ được khen thưởng", event.violationId());
    }

    /** A violation withdrawn as a mistake revoked its titles by mistake: they are reinstated. */
    @EventHandler
    void on(ViolationRetracted event) {
        reinstate(event.violationId(), null, "Khôi phục: vi phạm " + event.violationId().value()
                + " đã bị rút lại (" + event.reason() + ")");
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

    /** Reinstates the titles {@code violationId} revoked whose period does not hold {@code day} (null: any). */
    private void reinstate(ViolationId violationId, LocalDate day, String reason) {
        for (TitlesInForce.RevokedTitle revoked : titles.revokedFor(violationId.value())) {
            if (day != null && revoked.period().contains(day)) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new ReinstateCommendation(revoked.commendationId(), violationId, reason))
                        .andMetaData(Map.of(MetaDataKeys.ACTOR, ACTOR)));
                log.info("Reinstated title {} after violation {}", revoked.commendationId().value(),
                        violationId.value());
            } catch (RefusedException stillRevoked) {
                // another confirmed violation in the period, or the title granted again meanwhile
                log.info("Title {} not reinstated: {}", revoked.commendationId().value(), stillRevoked.getMessage());
            }
        }
    }
}
