package vn.thidua.ledger.command.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.review.HoldReview;
import vn.thidua.ledger.api.review.ReviewId;
import vn.thidua.ledger.api.review.ReviewKind;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/reviews")
@Tag(name = "Sơ kết, tổng kết", description = "Các hội nghị sơ kết, tổng kết cuộc vận động, phong trào thi đua")
class ReviewController {

    private final CommandDispatcher dispatcher;

    ReviewController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record HoldReviewRequest(
            @Schema(example = "MID_TERM") @NotNull ReviewKind kind,
            @Schema(example = "2024-12-20") @NotNull LocalDate heldOn,
            @Schema(example = "Sơ kết 1 năm thực hiện Cuộc vận động; 98% CBCCVC đã ký cam kết") @Size(max = 10000)
            String summary) {
    }

    @PostMapping
    @Operation(summary = "Ghi nhận hội nghị sơ kết hoặc tổng kết (record a review held)")
    ResponseEntity<WriteResult> hold(@PathVariable String campaignId, @Valid @RequestBody HoldReviewRequest body) {
        EntityId.requirePathId(campaignId, "campaignId");
        ReviewId id = new ReviewId(UUID.randomUUID().toString());
        return dispatcher.write(id, body, new HoldReview(id, new CampaignId(campaignId), body.kind(), body.heldOn(),
                body.summary()));
    }
}
