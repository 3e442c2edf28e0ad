package vn.thidua.ledger.api.review;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;

/**
 * A mid-term or final review of a campaign was held.
 *
 * @param chainHead the head of the hash chain over the global event stream that the review seals:
 *                  {@code "<position>:<link in lower-case hex>"} of the last event stored before this one. Null in
 *                  reviews recorded before the chain existed.
 */
@Revision("1")
public record ReviewHeld(ReviewId reviewId, CampaignId campaignId, ReviewKind kind, LocalDate heldOn, String summary,
                         String chainHead) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(reviewId, campaignId);
    }

    @Override
    public String businessTime() {
        return heldOn.toString();
    }
}
