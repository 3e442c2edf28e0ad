package vn.thidua.ledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.review.HoldReview;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.review.ReviewId;
import vn.thidua.ledger.api.review.ReviewKind;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;

/**
 * A mid-term or final review held under a campaign. Its own aggregate rather than part of the campaign's, so
 * that holding a review never contends with changes to the campaign itself.
 */
@Aggregate
class Review {

    /** A final review often takes place shortly after the campaign ends. */
    static final int MONTHS_AFTER_CAMPAIGN_END = 6;

    @AggregateIdentifier
    private ReviewId reviewId;

    Review() {
        // for Axon
    }

    @CommandHandler
    Review(HoldReview command, OrganisationDirectory directory, HeldReviews heldReviews, EventChain chain) {
        if (command.kind() == null) {
            throw RefusedException.invalid("REVIEW_KIND_REQUIRED", "kind", "Phải nêu sơ kết hay tổng kết");
        }
        if (command.heldOn() == null) {
            throw RefusedException.invalid("REVIEW_DATE_REQUIRED", "heldOn", "Phải nêu ngày tổ chức");
        }
        if (command.campaignId() == null) {
            throw RefusedException.invalid("REVIEW_CAMPAIGN_REQUIRED", "campaignId", "Phải nêu cuộc vận động");
        }
        CampaignEntry campaign = directory.campaign(command.campaignId())
                .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
        LocalDate latest = campaign.endsOn().plusMonths(MONTHS_AFTER_CAMPAIGN_END);
        if (command.heldOn().isBefore(campaign.startsOn()) || command.heldOn().isAfter(latest)) {
            throw RefusedException.invalid("REVIEW_WITHIN_CAMPAIGN", "heldOn",
                    "Ngày " + command.heldOn() + " nằm ngoài thời gian của cuộc vận động " + campaign.startsOn() + ".."
                            + campaign.endsOn() + " (được tổ chức muộn nhất đến " + latest + ")");
        }
        Today.notAfter(command.heldOn(), "REVIEW_DATE_NOT_IN_FUTURE", "heldOn", "Ngày tổ chức");
        // a review is the scope unit's own meeting: not held after that unit was closed
        directory.unit(campaign.scopeUnitId()).ifPresent(unit -> unit.requireOpenOn(command.heldOn(), "heldOn"));
        Optional<HeldReviews.Held> finalReview = heldReviews.finalReviewOf(command.campaignId());
        if (command.kind() == ReviewKind.FINAL) {
            finalReview.ifPresent(held -> {
                throw RefusedException.conflict("REVIEW_FINAL_ONCE", "kind", "Cuộc vận động "
                        + command.campaignId().value() + " đã tổng kết (" + held.reviewId().value() + ")");
            });
            if (campaign.midTermReview() != null && heldReviews.lastMidTermReviewOf(command.campaignId()).isEmpty()) {
                // the final would close the campaign, and its planned mid-term could never be recorded after it
                throw RefusedException.conflict("REVIEW_MID_TERM_FIRST", "kind", "Cuộc vận động "
                        + command.campaignId().value() + " có kế hoạch sơ kết ngày " + campaign.midTermReview()
                        + "; hãy ghi nhận sơ kết trước khi tổng kết");
            }
            heldReviews.lastMidTermReviewOf(command.campaignId())
                    .filter(midTerm -> midTerm.heldOn().isAfter(command.heldOn()))
                    .ifPresent(midTerm -> {
                        throw RefusedException.conflict("REVIEW_FINAL_AFTER_MID_TERM", "heldOn", "Tổng kết ngày "
                                + command.heldOn() + " trước sơ kết " + midTerm.reviewId().value() + " ngày "
                                + midTerm.heldOn());
                    });
        } else {
            // one meeting a day: the same review sent again (a new id each time) would count twice in the dossier
            heldReviews.midTermReviewOn(command.campaignId(), command.heldOn()).ifPresent(held -> {
                throw RefusedException.conflict("REVIEW_MID_TERM_ONCE_A_DAY", "heldOn", "Cuộc vận động "
                        + command.campaignId().value() + " đã có sơ kết ngày " + command.heldOn() + " ("
                        + held.reviewId().value() + ")");
            });
            // a mid-term review recorded late is fine, as long as it was held before the campaign was closed
            finalReview.filter(held -> held.heldOn() != null && held.heldOn().isBefore(command.heldOn()))
                    .ifPresent(held -> {
                        throw RefusedException.conflict("REVIEW_MID_TERM_BEFORE_FINAL", "heldOn", "Sơ kết ngày "
                                + command.heldOn() + " sau khi cuộc vận động đã tổng kết ("
                                + held.reviewId().value() + " ngày " + held.heldOn() + ")");
                    });
        }
        String summary = command.summary() == null || command.summary().isBlank() ? null : command.summary().strip();
        // read last, once every rule passed: the head stays locked until the review's event is stored
        apply(new ReviewHeld(command.reviewId(), command.campaignId(), command.kind(), command.heldOn(), summary,
                chain.head()));
    }

    @EventSourcingHandler
    void on(ReviewHeld event) {
        reviewId = event.reviewId();
    }
}
