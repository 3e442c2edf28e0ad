package vn.thidua.ledger.command.commendation;

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
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * A title is revoked when a violation confirmed later falls in the period it rewarded (DOMAIN.md item 6):
 * on each confirmation, every title of that person or unit covering the day of the violation is revoked by
 * command, with the violation named in the reason. Runs after the confirmation commits; a title already
 * revoked is left as it is, so replaying the stream changes nothing.
 */
@Component
@ProcessingGroup(TitleRevocationPolicy.PROCESSOR)
class TitleRevocationPolicy {

    static final String PROCESSOR = "title-revocation";
    static final String ACTOR = "system:title-revocation";
    private static final Logger log = LoggerFactory.getLogger(TitleRevocationPolicy.class);

    private final TitlesInForce titles;
    private final CommandGateway commands;

    TitleRevocationPolicy(TitlesInForce titles, CommandGateway commands) {
        this.titles = titles;
        this.commands = commands;
    }

    @EventHandler
    void on(ViolationConfirmed event) {
        for (CommendationId title : titles.covering(event.subjectKind().name(), event.subjectId(), event.occurredOn())) {
            String reason = "Thu hồi do vi phạm " + event.violationId().value() + " ngày " + event.occurredOn()
                    + " được xác nhận, nằm trong kỳ được khen thưởng";
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RevokeCommendation(title, reason))
                        .andMetaData(Map.of(MetaDataKeys.ACTOR, ACTOR)));
                log.info("Revoked title {} after violation {}", title.value(), event.violationId().value());
            } catch (RefusedException alreadyFinal) {
                log.debug("Title {} not revoked: {}", title.value(), alreadyFinal.getMessage());
            }
        }
    }
}
