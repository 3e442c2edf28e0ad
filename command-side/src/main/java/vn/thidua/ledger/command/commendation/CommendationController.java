package vn.thidua.ledger.command.commendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.ApproveCommendation;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.ProposeCommendation;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.commendation.RejectCommendation;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/commendations")
@Tag(name = "Khen thưởng", description = "Đề nghị, phê duyệt, từ chối và thu hồi danh hiệu thi đua, hình thức khen thưởng")
class CommendationController {

    private final CommandDispatcher dispatcher;

    CommendationController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record ProposeCommendationRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LAO_DONG_TIEN_TIEN") @NotNull CommendationTitle title,
            @Schema(description = "mã cá nhân hoặc tập thể", example = "LB-PNV-001")
            @NotNull @Pattern(regexp = EntityId.REGEX) String recipientId,
            @Schema(description = "chỉ cần khi mã vừa là cá nhân vừa là tập thể", example = "PERSON")
            RecipientKind recipientKind,
            @Schema(example = "2024") @NotBlank @Size(max = 32)
            String period,
            @Schema(example = "Hoàn thành tốt nhiệm vụ, gương mẫu thực hiện \"4 xin, 4 luôn\"") @Size(max = 2000)
            String reason,
            @Schema(example = "NKTC-2024") @Pattern(regexp = EntityId.REGEX) String campaignId,
            @Schema(description = "Cờ thi đua: cụm, khối thi đua được tặng cờ; bỏ trống khi đơn vị chỉ thuộc một cụm, "
                    + "khối trong kỳ; các danh hiệu khác không nêu", example = "LB-CUM-PHUONG")
            @Pattern(regexp = EntityId.REGEX) String clusterId) {
    }

    record ApproveCommendationRequest(
            @Schema(example = "125/QĐ-UBND") @NotBlank @Size(max = 100) String decisionNo,
            @Schema(example = "2025-01-15") @NotNull LocalDate decidedOn) {
    }

    record ReasonRequest(
            @Schema(example = "Vi phạm được xác nhận trong năm được khen thưởng") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @PostMapping
    @Operation(summary = "Đề nghị khen thưởng (propose a commendation)")
    ResponseEntity<WriteResult> propose(@Valid @RequestBody ProposeCommendationRequest body) {
        CommendationId id = new CommendationId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new ProposeCommendation(id, body.title(), body.recipientId(),
                body.recipientKind(), body.period(), body.reason(),
                body.campaignId() == null ? null : new CampaignId(body.campaignId()),
                body.clusterId() == null ? null : new ClusterId(body.clusterId())));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Phê duyệt khen thưởng (approve a commendation)")
    ResponseEntity<WriteResult> approve(@PathVariable String id, @Valid @RequestBody ApproveCommendationRequest body) {
        CommendationId commendationId = commendationId(id);
        return dispatcher.write(commendationId, body,
                new ApproveCommendation(commendationId, body.decisionNo(), body.decidedOn()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Từ chối đề nghị khen thưởng (reject a commendation)")
    ResponseEntity<WriteResult> reject(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        CommendationId commendationId = commendationId(id);
        return dispatcher.write(commendationId, body, new RejectCommendation(commendationId, body.reason()));
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Thu hồi khen thưởng đã phê duyệt (revoke a commendation)")
    ResponseEntity<WriteResult> revoke(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        CommendationId commendationId = commendationId(id);
        return dispatcher.write(commendationId, body, new RevokeCommendation(commendationId, body.reason()));
    }

    private static CommendationId commendationId(String id) {
        return new CommendationId(EntityId.requirePathId(id, "id"));
    }
}
