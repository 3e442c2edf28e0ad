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
 * @param chainHead reserved for tamper evidence (a later issue): the head of the event chain the review's
 *                  record vouches for. Always null for now; the field exists so that revision 1 already has it.
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
