package vn.thidua.ledger.api.commendation;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.cluster.ClusterId;

/**
 * A proposed commendation was rejected; that is final. {@code clusterId}: the cụm or khối of a Cờ thi đua (from
 * revision 2; null for other titles), so that the cluster's trail holds the rejection too.
 */
@Revision("2")
public record CommendationRejected(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period, String reason,
                                   ClusterId clusterId)
        implements LedgerEvent {

    public CommendationRejected(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                                String recipientId, String period, String reason) {
        this(commendationId, title, recipientKind, recipientId, period, reason, null);
    }

    @Override
    public List<EntityId> subjects() {
        return CommendationSubjects.of(commendationId, recipientKind, recipientId, clusterId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
