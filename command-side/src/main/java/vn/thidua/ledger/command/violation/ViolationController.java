package vn.thidua.ledger.command.violation;

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
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.violation.AmendViolation;
import vn.thidua.ledger.api.violation.AnnulSanction;
import vn.thidua.ledger.api.violation.ConfirmViolation;
import vn.thidua.ledger.api.violation.DismissViolation;
import vn.thidua.ledger.api.violation.ImposeSanction;
import vn.thidua.ledger.api.violation.RecordViolation;
import vn.thidua.ledger.api.violation.RetractViolation;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationSource;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@Tag(name = "Vi phạm và kỷ luật", description = "Ghi nhận vi phạm theo danh mục quy tắc, xác nhận, xử lý kỷ luật")
class ViolationController {

    private final CommandDispatcher dispatcher;

    ViolationController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RecordViolationRequest(
            @Schema(description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-PNV-001", description = "mã cá nhân hoặc đơn vị vi phạm")
            @NotNull @Pattern(regexp = EntityId.REGEX) String subjectId,
            @Schema(example = "PERSON", description = "chỉ cần khi một cá nhân và một đơn vị có cùng mã")
            SubjectKind subjectKind,
            @Schema(example = "NK-1", description = "mã trong danh mục GET /api/rule-codes")
            @NotBlank @Size(max = 64) String ruleCode,
            @Schema(example = "2024-05-17") @NotNull LocalDate occurredOn,
            @Schema(example = "CITIZEN_COMPLAINT") @NotNull ViolationSource source,
            @Schema(example = "Gây khó khăn, yêu cầu bổ sung giấy tờ ngoài quy định khi tiếp nhận hồ sơ")
            @Size(max = 4000) String description,
            @Schema(example = "Đơn thư số 12/ĐT ngày 20/5/2024") @Size(max = 1000) String evidenceRef) {
    }

    record AnnulSanctionRequest(
            @Schema(example = "Quyết định giải quyết khiếu nại số 12/QĐ-UBND hủy quyết định kỷ luật")
            @NotBlank @Size(max = 2000) String reason,
            @Schema(example = "2024-09-20", description = "ngày của quyết định hủy; bỏ trống: ngày ghi nhận")
            LocalDate annulledOn,
            @Schema(example = "12/QĐ-UBND") @Size(max = 200) String decisionNo) {
    }

    record ReasonRequest(
            @Schema(example = "Đoàn kiểm tra kết luận có vi phạm (Biên bản số 05/BB-KT ngày 03/6/2024)")
            @NotBlank @Size(max = 2000) String reason) {
    }

    record AmendViolationRequest(
            @Schema(example = "NK-2", description = "bỏ trống nếu không đổi") @Size(max = 64) String ruleCode,
            @Schema(example = "2024-05-16", description = "bỏ trống nếu không đổi") LocalDate occurredOn,
            @Schema(description = "bỏ trống nếu không đổi") @Size(max = 4000) String description,
            @Schema(example = "Biên bản xác minh số 07/BB ngày 25/5/2024", description = "bỏ trống nếu không đổi")
            @Size(max = 1000) String evidenceRef,
            @Schema(example = "Ghi nhầm ngày xảy ra vi phạm") @NotBlank @Size(max = 2000) String reason) {
    }

    record ImposeSanctionRequest(
            @Schema(example = "KHIEN_TRACH") @NotNull SanctionForm form,
            @Schema(example = "2024-06-10") @NotNull LocalDate decidedOn,
            @Schema(example = "125/QĐ-UBND") @Size(max = 200) String decisionNo) {
    }

    @PostMapping("/api/violations")
    @Operation(summary = "Ghi nhận vi phạm của cá nhân hoặc tập thể (record a violation)")
    ResponseEntity<WriteResult> record(@Valid @RequestBody RecordViolationRequest body) {
        ViolationId id = new ViolationId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RecordViolation(id, body.subjectId(), body.subjectKind(),
                body.ruleCode(), body.occurredOn(), body.source(), body.description(), body.evidenceRef()));
    }

    @PostMapping("/api/violations/{id}/confirm")
    @Operation(summary = "Xác nhận vi phạm (confirm a violation)")
    ResponseEntity<WriteResult> confirm(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new ConfirmViolation(violationId, body.reason()));
    }

    @PostMapping("/api/violations/{id}/dismiss")
    @Operation(summary = "Bác bỏ vi phạm không có cơ sở (dismiss a violation)")
    ResponseEntity<WriteResult> dismiss(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new DismissViolation(violationId, body.reason()));
    }

    @PostMapping("/api/violations/{id}/retract")
    @Operation(summary = "Thu hồi bản ghi vi phạm, ví dụ khi ghi nhầm (retract a violation record)")
    ResponseEntity<WriteResult> retract(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new RetractViolation(violationId, body.reason()));
    }

    @PostMapping("/api/violations/{id}/amend")
    @Operation(summary = "Sửa bản ghi vi phạm; bản cũ vẫn được lưu (amend a violation record)")
    ResponseEntity<WriteResult> amend(@PathVariable String id, @Valid @RequestBody AmendViolationRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new AmendViolation(violationId, body.ruleCode(),
                body.occurredOn(), body.description(), body.evidenceRef(), body.reason()));
    }

    @PostMapping("/api/violations/{id}/sanctions")
    @Operation(summary = "Quyết định hình thức xử lý, kỷ luật đối với vi phạm đã xác nhận (impose a sanction)")
    ResponseEntity<WriteResult> impose(@PathVariable String id, @Valid @RequestBody ImposeSanctionRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new ImposeSanction(violationId, body.form(), body.decidedOn(),
                body.decisionNo()));
    }

    @PostMapping("/api/violations/{id}/sanctions/annul")
    @Operation(summary = "Hủy quyết định xử lý, ví dụ sau khiếu nại (annul the sanction in force)")
    ResponseEntity<WriteResult> annul(@PathVariable String id, @Valid @RequestBody AnnulSanctionRequest body) {
        ViolationId violationId = violationId(id);
        return dispatcher.write(violationId, body, new AnnulSanction(violationId, body.reason(), body.annulledOn(),
                body.decisionNo()));
    }

    private static ViolationId violationId(String id) {
        return new ViolationId(EntityId.requirePathId(id, "id"));
    }
}
