package vn.thidua.ledger.api.commendation;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * A commendation revoked because violation {@code violationId} fell in its period is in force again: the violation
 * was retracted, or its day corrected out of the period, and no other confirmed violation falls there.
 * {@code clusterId}: the cụm or khối of a Cờ thi đua, as in {@link CommendationApproved} (from revision 2).
 */
@Revision("2")
public record CommendationReinstated(CommendationId commendationId, CommendationTitle title,
                                     RecipientKind recipientKind, String recipientId, String period,
                                     ViolationId violationId, String reason, ClusterId clusterId)
        implements LedgerEvent {

    public CommendationReinstated(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                                  String recipientId, String period, ViolationId violationId, String reason) {
        this(commendationId, title, recipientKind, recipientId, period, violationId, reason, null);
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
