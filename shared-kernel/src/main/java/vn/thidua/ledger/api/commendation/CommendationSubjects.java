package vn.thidua.ledger.api.commendation;

import java.util.List;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.cluster.ClusterId;

/** What a commendation's events concern: the commendation, its recipient and, for a Cờ thi đua, its cụm or khối. */
final class CommendationSubjects {

    private CommendationSubjects() {
    }

    static List<EntityId> of(CommendationId commendationId, RecipientKind recipientKind, String recipientId,
                             ClusterId clusterId) {
        return clusterId == null ? List.of(commendationId, recipientKind.idOf(recipientId))
                : List.of(commendationId, recipientKind.idOf(recipientId), clusterId);
    }
}
