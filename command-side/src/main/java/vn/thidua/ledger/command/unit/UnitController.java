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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.unit.RegisterUnit;
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
            @Schema(example = "LB-PNV") @NotNull @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "Phòng Nội vụ quận Long Biên") @NotBlank @Size(max = 300) String name,
            @Schema(example = "DIVISION") @NotNull UnitKind kind,
            @Schema(example = "LB") @Pattern(regexp = EntityId.REGEX) String parentId) {
    }

    @PostMapping
    @Operation(summary = "Đăng ký đơn vị (register a unit)")
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterUnitRequest body) {
        UnitId id = new UnitId(body.id());
        UnitId parent = body.parentId() == null ? null : new UnitId(body.parentId());
        return dispatcher.write(id, body, new RegisterUnit(id, body.name(), body.kind(), parent));
    }
}
