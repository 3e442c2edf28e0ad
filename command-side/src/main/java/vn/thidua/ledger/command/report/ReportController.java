package vn.thidua.ledger.command.report;

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
import vn.thidua.ledger.api.report.CancelReportRequirement;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.report.RequireReport;
import vn.thidua.ledger.api.report.SubmitReport;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Báo cáo định kỳ 6 tháng (trước 10/6) và hằng năm (trước 30/11) gửi cấp trên")
class ReportController {

    private final CommandDispatcher dispatcher;

    ReportController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RequireReportRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-PNV") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "SIX_MONTHLY") @NotNull ReportKind kind,
            @Schema(example = "2024") @NotNull Integer year,
            @Schema(example = "QTUX-HN-2021") @Pattern(regexp = EntityId.REGEX) String campaignId) {
    }

    record SubmitReportRequest(
            @Schema(example = "2024-06-05") @NotNull LocalDate submittedOn,
            @Schema(example = "Báo cáo số 152/BC-UBND ngày 05/6/2024") @Size(max = 500) String documentRef) {
    }

    record CancelRequirementRequest(
            @Schema(example = "Đơn vị đã sáp nhập theo Nghị quyết số 1656/NQ-UBTVQH15") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @PostMapping
    @Operation(summary = "Ghi nhận báo cáo đơn vị phải nộp (require a report)")
    ResponseEntity<WriteResult> require(@Valid @RequestBody RequireReportRequest body) {
        ReportId id = new ReportId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RequireReport(id, new UnitId(body.unitId()), body.kind(), body.year(),
                body.campaignId() == null ? null : new CampaignId(body.campaignId())));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Ghi nhận đã nộp báo cáo (submit a report)")
    ResponseEntity<WriteResult> submit(@PathVariable String id, @Valid @RequestBody SubmitReportRequest body) {
        ReportId reportId = reportId(id);
        return dispatcher.write(reportId, body, new SubmitReport(reportId, body.submittedOn(), body.documentRef()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy yêu cầu báo cáo chưa nộp, nêu lý do (cancel a report's requirement)")
    ResponseEntity<WriteResult> cancel(@PathVariable String id, @Valid @RequestBody CancelRequirementRequest body) {
        ReportId reportId = reportId(id);
        return dispatcher.write(reportId, body, new CancelReportRequirement(reportId, body.reason()));
    }

    private static ReportId reportId(String id) {
        return new ReportId(EntityId.requirePathId(id, "id"));
    }
}
