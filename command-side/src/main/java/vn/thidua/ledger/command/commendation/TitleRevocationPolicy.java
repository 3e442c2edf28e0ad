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
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * A title is revoked when a violation confirmed later falls in the period it rewarded (DOMAIN.md item 6):
 * on each confirmation, and on each correction of a confirmed violation's day, every title of that person or unit
 * covering the day of the violation is revoked by command, with the violation named in the reason. Runs after the confirmation commits; a title already
 * revoked is left as it is, so replaying the stream changes nothing.
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
                + " được xác nhận, nằm trong kỳ được khen thưởng", event.violationId().value());
    }

    /** A confirmed violation whose day is corrected into a rewarded period revokes that title too. */
    @EventHandler
    void on(ViolationAmended event) {
        if (event.occurredOn().equals(event.previousOccurredOn()) || !directory.isConfirmed(event.violationId())) {
            return;
        }
        revoke(event.subjectKind().name(), event.subjectId(), event.occurredOn(), "Thu hồi do vi phạm "
                + event.violationId().value() + " đã được xác nhận, sửa ngày thành " + event.occurredOn()
                + ", nằm trong kỳ được khen thưởng", event.violationId().value());
    }

    private void revoke(String subjectKind, String subjectId, LocalDate day, String reason, String violationId) {
        for (CommendationId title : titles.covering(subjectKind, subjectId, day)) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RevokeCommendation(title, reason))
                        .andMetaData(Map.of(MetaDataKeys.ACTOR, ACTOR)));
                log.info("Revoked title {} after violation {}", title.value(), violationId);
            } catch (RefusedException alreadyFinal) {
                log.debug("Title {} not revoked: {}", title.value(), alreadyFinal.getMessage());
            }
        }
    }
}
