package vn.thidua.ledger.command.covenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.covenant.CovenantId;
import vn.thidua.ledger.api.covenant.SignCovenant;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/covenants")
@Tag(name = "Giao ước thi đua")
class CovenantController {

    private final CommandDispatcher dispatcher;

    CovenantController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record SignCovenantRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-VHCS-2019") @NotNull @Pattern(regexp = EntityId.REGEX) String campaignId,
            @Schema(example = "[\"LB-BD\", \"LB-NL\", \"LB-GT\"]") @NotNull @Size(min = 2, max = 200)
            List<@NotNull @Pattern(regexp = EntityId.REGEX) String> unitIds,
            @Schema(example = "2024-02-15") @NotNull LocalDate signedOn,
            @Schema(example = "Thi đua thực hiện văn hóa công sở, cải cách hành chính, nâng cao sự hài lòng của người dân")
            @Size(max = 5000) String content) {
    }

    @PostMapping
    @Operation(summary = "Ký giao ước thi đua giữa các đơn vị (sign a covenant between units)")
    ResponseEntity<WriteResult> sign(@Valid @RequestBody SignCovenantRequest body) {
        CovenantId id = new CovenantId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new SignCovenant(id, new CampaignId(body.campaignId()),
                body.unitIds().stream().map(UnitId::new).toList(), body.signedOn(), body.content()));
    }
}
