package vn.thidua.ledger.api.commendation;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.violation.ViolationId;

/**
 * A commendation revoked because violation {@code violationId} fell in its period is in force again: the violation
 * was retracted, or its day corrected out of the period, and no other confirmed violation falls there.
 */
@Revision("1")
public record CommendationReinstated(CommendationId commendationId, CommendationTitle title,
                                     RecipientKind recipientKind, String recipientId, String period,
                                     ViolationId violationId, String reason) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(commendationId, recipientKind.idOf(recipientId));
    }

    @Override
    public String businessTime() {
        return period;
    }
}
