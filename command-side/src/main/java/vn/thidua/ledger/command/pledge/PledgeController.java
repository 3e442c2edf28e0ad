package vn.thidua.ledger.command.pledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.RenewPledge;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.api.pledge.WithdrawPledge;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/pledges")
@Tag(name = "Bản cam kết")
class PledgeController {

    private final CommandDispatcher dispatcher;

    PledgeController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record SignPledgeRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "NKTC-2024") @NotNull @Pattern(regexp = EntityId.REGEX) String campaignId,
            @Schema(example = "LB-PNV-001") @NotNull @Pattern(regexp = EntityId.REGEX) String personId,
            @Schema(example = "2024-01-15") @NotNull LocalDate signedOn,
            @Schema(example = "[\"Không gây phiền hà, sách nhiễu người dân\", \"Thực hiện 4 xin, 4 luôn\"]")
            @Size(max = 100) List<@NotBlank @Size(max = 1000) String> items) {
    }

    record RenewPledgeRequest(
            @Schema(example = "2025") @NotNull Integer year,
            @Schema(example = "2025-01-10") @NotNull LocalDate renewedOn,
            @Schema(description = "bỏ trống để giữ các nội dung cam kết trước") @Size(max = 100)
            List<@NotBlank @Size(max = 1000) String> items) {
    }

    record WithdrawPledgeRequest(
            @Schema(example = "2025-03-01") @NotNull LocalDate withdrawnOn,
            @Schema(example = "Chuyển công tác ra ngoài quận") @NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/{id}/renewals")
    @Operation(summary = "Ký lại bản cam kết hằng năm (renew a pledge for a year)")
    ResponseEntity<WriteResult> renew(@PathVariable String id, @Valid @RequestBody RenewPledgeRequest body) {
        PledgeId pledgeId = CommandDispatcher.pathId(id, PledgeId::new);
        return dispatcher.write(pledgeId, body,
                new RenewPledge(pledgeId, body.year(), body.renewedOn(), body.items()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Rút bản cam kết (withdraw a pledge)")
    ResponseEntity<WriteResult> withdraw(@PathVariable String id, @Valid @RequestBody WithdrawPledgeRequest body) {
        PledgeId pledgeId = CommandDispatcher.pathId(id, PledgeId::new);
        return dispatcher.write(pledgeId, body, new WithdrawPledge(pledgeId, body.withdrawnOn(), body.reason()));
    }

    @PostMapping
    @Operation(summary = "Ký bản cam kết (sign a pledge)")
    ResponseEntity<WriteResult> sign(@Valid @RequestBody SignPledgeRequest body) {
        PledgeId id = new PledgeId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new SignPledge(id, new CampaignId(body.campaignId()),
                new PersonId(body.personId()), body.signedOn(), body.items()));
    }
}
