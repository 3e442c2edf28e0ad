package vn.thidua.ledger.command.inspection;

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
import vn.thidua.ledger.api.inspection.CloseInspection;
import vn.thidua.ledger.api.inspection.FindingResult;
import vn.thidua.ledger.api.inspection.InspectionId;
import vn.thidua.ledger.api.inspection.InspectionKind;
import vn.thidua.ledger.api.inspection.InspectionTeam;
import vn.thidua.ledger.api.inspection.OpenInspection;
import vn.thidua.ledger.api.inspection.RecordFinding;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/inspections")
@Tag(name = "Kiểm tra, giám sát", description = "Các cuộc kiểm tra việc thực hiện Cuộc vận động và Phong trào thi đua")
class InspectionController {

    private final CommandDispatcher dispatcher;

    InspectionController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record OpenInspectionRequest(
            @Schema(example = "KT-LB-2024-01", description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(description = "tên đoàn kiểm tra (tối đa 500 ký tự), hoặc danh sách họ tên thành viên "
                    + "(tối đa 50 người, mỗi tên tối đa 200 ký tự)",
                    example = "[\"Trần Văn Bình\", \"Lê Thị Mai\"]", oneOf = {String.class, String[].class})
            @NotNull InspectionTeam team,
            @Schema(example = "LB-PNV") @NotNull @Pattern(regexp = EntityId.REGEX) String targetUnitId,
            @Schema(example = "2024") @NotBlank @Size(max = 32)
            String period,
            @Schema(example = "SUPERIOR", description = "ai kiểm tra: SELF (tự kiểm tra), SUPERIOR (cấp trên), "
                    + "INTERDISCIPLINARY (đoàn liên ngành); bỏ trống: không nêu") InspectionKind kind,
            @Schema(example = "2024-11-15", description = "ngày bắt đầu kiểm tra; bỏ trống: không nêu")
            LocalDate openedOn) {
    }

    record RecordFindingRequest(
            @Schema(example = "COVENANT_SIGNED") @NotBlank @Size(max = 64) String item,
            @Schema(example = "PARTLY_MET") @NotNull FindingResult result,
            @Schema(example = "Chưa ký giao ước thi đua giữa các phòng chuyên môn") @Size(max = 2000) String note) {
    }

    record CloseInspectionRequest(
            @Schema(example = "Đơn vị triển khai nghiêm túc; cần ký giao ước thi đua trong quý III")
            @NotBlank @Size(max = 5000) String conclusion) {
    }

    @PostMapping
    @Operation(summary = "Mở cuộc kiểm tra (open an inspection)")
    ResponseEntity<WriteResult> open(@Valid @RequestBody OpenInspectionRequest body) {
        InspectionId id = new InspectionId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new OpenInspection(id, body.team(), new UnitId(body.targetUnitId()),
                body.period(), body.kind(), body.openedOn()));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Ghi nhận kết quả kiểm tra một nội dung (record a finding)")
    ResponseEntity<WriteResult> finding(@PathVariable String id, @Valid @RequestBody RecordFindingRequest body) {
        InspectionId inspectionId = inspectionId(id);
        return dispatcher.write(inspectionId, body,
                new RecordFinding(inspectionId, body.item(), body.result(), body.note()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Kết thúc cuộc kiểm tra với kết luận (close an inspection)")
    ResponseEntity<WriteResult> close(@PathVariable String id, @Valid @RequestBody CloseInspectionRequest body) {
        InspectionId inspectionId = inspectionId(id);
        return dispatcher.write(inspectionId, body, new CloseInspection(inspectionId, body.conclusion()));
    }

    private static InspectionId inspectionId(String id) {
        return new InspectionId(EntityId.requirePathId(id, "id"));
    }
}
