package vn.thidua.ledger.api.commendation;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A proposed commendation was rejected; that is final. */
@Revision("1")
public record CommendationRejected(CommendationId commendationId, CommendationTitle title,
                                   RecipientKind recipientKind, String recipientId, String period, String reason)
        implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(commendationId, recipientKind.idOf(recipientId));
    }

    @Override
    public String businessTime() {
        return period;
    }
}
