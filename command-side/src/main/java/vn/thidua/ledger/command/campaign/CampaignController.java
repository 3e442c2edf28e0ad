package vn.thidua.ledger.command.campaign;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.campaign.CampaignKind;
import vn.thidua.ledger.api.campaign.LaunchCampaign;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Cuộc vận động, phong trào thi đua")
class CampaignController {

    private final CommandDispatcher dispatcher;

    CampaignController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record LaunchCampaignRequest(
            @Schema(example = "NKTC-2024", description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "Cán bộ, công chức, viên chức nói không với tiêu cực") @NotBlank @Size(max = 500) String title,
            @Schema(example = "CAMPAIGN") @NotNull CampaignKind kind,
            @Schema(example = "LB") @NotNull @Pattern(regexp = EntityId.REGEX) String scopeUnitId,
            @Schema(example = "2024-01-01") @NotNull LocalDate from,
            @Schema(example = "2025-12-31") @NotNull LocalDate to,
            @Schema(example = "2024-12-15") LocalDate midTermReview,
            @Schema(example = "2025-12-15") LocalDate finalReview) {
    }

    @PostMapping
    @Operation(summary = "Phát động cuộc vận động hoặc phong trào thi đua (launch a campaign)")
    ResponseEntity<WriteResult> launch(@Valid @RequestBody LaunchCampaignRequest body) {
        CampaignId id = new CampaignId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new LaunchCampaign(id, body.title(), body.kind(),
                new UnitId(body.scopeUnitId()), body.from(), body.to(), body.midTermReview(), body.finalReview()));
    }
}
