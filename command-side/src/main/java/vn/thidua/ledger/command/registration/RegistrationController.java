package vn.thidua.ledger.command.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.registration.RegisterForEmulation;
import vn.thidua.ledger.api.registration.RegistrationId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@Tag(name = "Đăng ký thi đua")
class RegistrationController {

    private final CommandDispatcher dispatcher;

    RegistrationController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RegisterRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-BD") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "2024") @NotNull @Min(1945) @Max(2200) Integer year,
            @Schema(example = "2024-01-20") @NotNull LocalDate registeredOn,
            @Schema(example = "[\"Tập thể lao động xuất sắc\", \"100% cán bộ ký cam kết\", \"Tỷ lệ hài lòng ≥ 90%\"]")
            @NotEmpty @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> targets) {
    }

    @PostMapping("/api/campaigns/{campaignId}/registrations")
    @Operation(summary = "Đơn vị đăng ký thi đua cho một năm (register a unit's emulation targets for a year)")
    ResponseEntity<WriteResult> register(@PathVariable String campaignId, @Valid @RequestBody RegisterRequest body) {
        RegistrationId id = new RegistrationId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RegisterForEmulation(id,
                CommandDispatcher.pathId(campaignId, "campaignId", CampaignId::new), new UnitId(body.unitId()), body.year(),
                body.registeredOn(), body.targets()));
    }
}
