package vn.thidua.ledger.command.person;

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
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.RecordLeave;
import vn.thidua.ledger.api.person.ChangePersonPost;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.api.person.TransferPerson;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/persons")
@Tag(name = "Cán bộ, công chức, viên chức", description = "Người làm việc trong các đơn vị")
class PersonController {

    private final CommandDispatcher dispatcher;

    PersonController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RegisterPersonRequest(
            @Schema(example = "LB-PNV-001", description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "LB-PNV") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "Nguyễn Thị Thu Hương") @NotBlank @Size(max = 200) String fullName,
            @Schema(example = "CONG_CHUC") @NotNull PersonCategory category,
            @Schema(example = "false") Boolean leader,
            @Schema(example = "2019-08-01", description = "ngày bắt đầu công tác; bỏ trống: tính từ đầu")
            LocalDate joinedOn) {
    }

    record TransferRequest(
            @Schema(example = "LB-BD") @NotNull @Pattern(regexp = EntityId.REGEX) String toUnitId,
            @Schema(example = "2025-01-01") @NotNull LocalDate effectiveOn) {
    }

    record PostChangeRequest(
            @Schema(example = "CONG_CHUC") @NotNull PersonCategory category,
            @Schema(example = "true", description = "bỏ trống: giữ nguyên chức vụ lãnh đạo, quản lý hiện có")
            Boolean leader,
            @Schema(example = "2025-01-01") @NotNull LocalDate effectiveOn) {
    }

    @PostMapping("/{id}/transfers")
    @Operation(summary = "Điều động, luân chuyển sang đơn vị khác (transfer a person)")
    ResponseEntity<WriteResult> transfer(@PathVariable String id, @Valid @RequestBody TransferRequest body) {
        PersonId personId = CommandDispatcher.pathId(id, PersonId::new);
        return dispatcher.write(personId, body,
                new TransferPerson(personId, new UnitId(body.toUnitId()), body.effectiveOn()));
    }

    record LeaveRequest(
            @Schema(example = "MATERNITY", description = "MATERNITY: nghỉ chế độ thai sản") @NotNull LeaveKind kind,
            @Schema(example = "2024-03-01") @NotNull LocalDate from,
            @Schema(example = "2024-08-31") @NotNull LocalDate to,
            @Size(max = 2000) String note) {
    }

    @PostMapping("/{id}/leaves")
    @Operation(summary = "Ghi nhận thời gian nghỉ chế độ thai sản (record a maternity leave): tháng nghỉ không làm người "
            + "đó thiếu thời gian công tác khi xếp loại năm")
    ResponseEntity<WriteResult> recordLeave(@PathVariable String id, @Valid @RequestBody LeaveRequest body) {
        PersonId personId = CommandDispatcher.pathId(id, PersonId::new);
        return dispatcher.write(personId, body, new RecordLeave(personId, body.kind(), body.from(), body.to(),
                body.note()));
    }

    @PostMapping("/{id}/post-changes")
    @Operation(summary = "Thay đổi đối tượng hoặc chức vụ lãnh đạo, quản lý (change category or post)")
    ResponseEntity<WriteResult> changePost(@PathVariable String id, @Valid @RequestBody PostChangeRequest body) {
        PersonId personId = CommandDispatcher.pathId(id, PersonId::new);
        return dispatcher.write(personId, body, new ChangePersonPost(personId, body.category(), body.leader(),
                body.effectiveOn()));
    }

    @PostMapping
    @Operation(summary = "Đăng ký cán bộ, công chức, viên chức, người lao động (register a person)")
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterPersonRequest body) {
        PersonId id = new PersonId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RegisterPerson(id, new UnitId(body.unitId()), body.fullName(),
                body.category(), Boolean.TRUE.equals(body.leader()), body.joinedOn()));
    }
}
