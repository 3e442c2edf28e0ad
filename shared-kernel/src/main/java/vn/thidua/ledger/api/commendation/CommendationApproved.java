package vn.thidua.ledger.api.commendation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A proposed commendation was approved by decision {@code decisionNo} of {@code decidedOn}. */
@Revision("1")
public record CommendationApproved(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period,
                                   String decisionNo, LocalDate decidedOn) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(commendationId, recipientKind.idOf(recipientId));
    }

    /** The period the title rewards, so that a period's dossier finds the decision whatever day it was taken. */
    @Override
    public String businessTime() {
        return period;
    }
}
