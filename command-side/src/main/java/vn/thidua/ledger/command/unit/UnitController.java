package vn.thidua.ledger.command.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.unit.CloseUnit;
import vn.thidua.ledger.api.unit.MoveUnit;
import vn.thidua.ledger.api.unit.RegisterUnit;
import vn.thidua.ledger.api.unit.RenameUnit;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị", description = "Cây tổ chức: cơ quan, đơn vị, phòng ban")
class UnitController {

    private final CommandDispatcher dispatcher;

    UnitController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RegisterUnitRequest(
            @Schema(example = "LB-PNV", description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "Phòng Nội vụ quận Long Biên") @NotBlank @Size(max = 300) String name,
            @Schema(example = "DIVISION") @NotNull UnitKind kind,
            @Schema(example = "LB") @Pattern(regexp = EntityId.REGEX) String parentId) {
    }

    record RenameUnitRequest(
            @Schema(example = "Phòng Nội vụ quận Long Biên") @NotBlank @Size(max = 300) String name,
            @Schema(example = "Theo Quyết định số 15/QĐ-UBND") @Size(max = 1000) String reason) {
    }

    record MoveUnitRequest(
            @Schema(example = "LB") @NotNull @Pattern(regexp = EntityId.REGEX) String parentId,
            @Schema(example = "2025-07-01") @NotNull LocalDate effectiveOn) {
    }

    record CloseUnitRequest(
            @Schema(example = "2025-07-01") @NotNull LocalDate closedOn,
            @Schema(example = "Sáp nhập vào Phòng Nội vụ theo Nghị quyết số 1656/NQ-UBTVQH15") @Size(max = 1000) String reason) {
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "Đổi tên đơn vị (rename a unit)")
    ResponseEntity<WriteResult> rename(@PathVariable String id, @Valid @RequestBody RenameUnitRequest body) {
        UnitId unitId = CommandDispatcher.pathId(id, UnitId::new);
        return dispatcher.write(unitId, body, new RenameUnit(unitId, body.name(), body.reason()));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Chuyển đơn vị sang đơn vị cấp trên khác (move a unit in the tree)")
    ResponseEntity<WriteResult> move(@PathVariable String id, @Valid @RequestBody MoveUnitRequest body) {
        UnitId unitId = CommandDispatcher.pathId(id, UnitId::new);
        return dispatcher.write(unitId, body, new MoveUnit(unitId, new UnitId(body.parentId()), body.effectiveOn()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Giải thể, sáp nhập đơn vị (close a unit)")
    ResponseEntity<WriteResult> close(@PathVariable String id, @Valid @RequestBody CloseUnitRequest body) {
        UnitId unitId = CommandDispatcher.pathId(id, UnitId::new);
        return dispatcher.write(unitId, body, new CloseUnit(unitId, body.closedOn(), body.reason()));
    }

    @PostMapping
    @Operation(summary = "Đăng ký đơn vị (register a unit)")
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterUnitRequest body) {
        UnitId id = new UnitId(CommandDispatcher.idOrNew(body.id()));
        UnitId parent = body.parentId() == null ? null : new UnitId(body.parentId());
        return dispatcher.write(id, body, new RegisterUnit(id, body.name(), body.kind(), parent));
    }
}
