package vn.thidua.ledger.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.campaign.LaunchCampaign;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/** A campaign or emulation movement launched over a unit's subtree for a time frame. */
@Aggregate
class Campaign {

    @AggregateIdentifier
    private CampaignId campaignId;

    Campaign() {
        // for Axon
    }

    @CommandHandler
    Campaign(LaunchCampaign command, OrganisationDirectory directory) {
        if (command.title() == null || command.title().isBlank()) {
            throw RefusedException.invalid("CAMPAIGN_TITLE_REQUIRED", "title", "Tên cuộc vận động không được để trống");
        }
        if (command.kind() == null) {
            throw RefusedException.invalid("CAMPAIGN_KIND_REQUIRED", "kind", "Phải nêu loại cuộc vận động");
        }
        if (command.from() == null || command.to() == null) {
            throw RefusedException.invalid("CAMPAIGN_TIME_FRAME_REQUIRED", command.from() == null ? "from" : "to",
                    "Phải nêu thời gian bắt đầu và kết thúc");
        }
        if (command.to().isBefore(command.from())) {
            throw RefusedException.invalid("CAMPAIGN_TIME_FRAME_ORDERED", "to",
                    "Ngày kết thúc " + command.to() + " trước ngày bắt đầu " + command.from());
        }
        requireWithin(command.midTermReview(), command, "midTermReview");
        requireWithin(command.finalReview(), command, "finalReview");
        if (command.midTermReview() != null && command.finalReview() != null
                && !command.midTermReview().isBefore(command.finalReview())) {
            throw RefusedException.invalid("CAMPAIGN_REVIEWS_ORDERED", "finalReview",
                    "Tổng kết phải sau sơ kết");
        }
        if (directory.campaign(command.campaignId()).isPresent()) {
            throw RefusedException.alreadyExists(command.campaignId());
        }
        if (command.scopeUnitId() == null) {
            throw RefusedException.invalid("CAMPAIGN_SCOPE_REQUIRED", "scopeUnitId", "Phải nêu đơn vị phát động");
        }
        if (directory.unit(command.scopeUnitId())
                .orElseThrow(() -> RefusedException.notFound("scopeUnitId", command.scopeUnitId())).closed()) {
            throw RefusedException.conflict("UNIT_CLOSED", "scopeUnitId",
                    "Đơn vị " + command.scopeUnitId().value() + " đã giải thể");
        }
        apply(new CampaignLaunched(command.campaignId(), command.title().strip(), command.kind(),
                command.scopeUnitId(), command.from(), command.to(), command.midTermReview(), command.finalReview()));
    }

    private static void requireWithin(LocalDate review, LaunchCampaign command, String field) {
        if (review != null && (review.isBefore(command.from()) || review.isAfter(command.to()))) {
            throw RefusedException.invalid("CAMPAIGN_REVIEW_IN_TIME_FRAME", field,
                    "Ngày " + review + " nằm ngoài thời gian " + command.from() + ".." + command.to());
        }
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        campaignId = event.campaignId();
    }
}
