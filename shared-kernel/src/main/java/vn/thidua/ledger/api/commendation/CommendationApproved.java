package vn.thidua.ledger.api.commendation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.cluster.ClusterId;

/**
 * A proposed commendation was approved by decision {@code decisionNo} of {@code decidedOn}. {@code clusterId}: the
 * cụm or khối of a Cờ thi đua (from revision 2; null for other titles and for flags proposed without one).
 */
@Revision("2")
public record CommendationApproved(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period,
                                   String decisionNo, LocalDate decidedOn, ClusterId clusterId)
        implements LedgerEvent {

    public CommendationApproved(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                                String recipientId, String period, String decisionNo, LocalDate decidedOn) {
        this(commendationId, title, recipientKind, recipientId, period, decisionNo, decidedOn, null);
    }

    @Override
    public List<EntityId> subjects() {
        return CommendationSubjects.of(commendationId, recipientKind, recipientId, clusterId);
    }

    /** The period the title rewards, so that a period's dossier finds the decision whatever day it was taken. */
    @Override
    public String businessTime() {
        return period;
    }
}
