package vn.thidua.ledger.api.commendation;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * An approved commendation was revoked: by a decision, which is final, or because confirmed violation
 * {@code violationId} fell in the period it rewarded — then undone ({@link CommendationReinstated}) if that
 * violation is retracted or its day corrected out of the period. Revision 2 adds {@code violationId}; events of
 * revision 1 read with it absent, as revocations not tied to a violation. Revision 3 adds {@code clusterId}, the cụm or
 * khối of a Cờ thi đua (null for other titles), so that the cluster's trail holds the revocation too.
 */
@Revision("3")
public record CommendationRevoked(CommendationId commendationId, CommendationTitle title,
                                  RecipientKind recipientKind, String recipientId, String period, String reason,
                                  ViolationId violationId, ClusterId clusterId)
        implements LedgerEvent {

    public CommendationRevoked(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                               String recipientId, String period, String reason) {
        this(commendationId, title, recipientKind, recipientId, period, reason, null, null);
    }

    public CommendationRevoked(CommendationId commendationId, CommendationTitle title, RecipientKind recipientKind,
                               String recipientId, String period, String reason, ViolationId violationId) {
        this(commendationId, title, recipientKind, recipientId, period, reason, violationId, null);
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
