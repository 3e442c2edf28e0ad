package vn.thidua.ledger.command.cluster;

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
import vn.thidua.ledger.api.cluster.AddClusterMember;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.EndClusterMembership;
import vn.thidua.ledger.api.cluster.RegisterCluster;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.WriteResult;

@RestController
@RequestMapping("/api/clusters")
@Tag(name = "Cụm, khối thi đua", description = "Nhóm đơn vị được xếp hạng với nhau; thành viên có hiệu lực theo ngày")
class ClusterController {

    private final CommandDispatcher dispatcher;

    ClusterController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    record RegisterClusterRequest(
            @Schema(example = "LB-CUM-PHUONG-1", description = "bỏ trống để hệ thống tự sinh mã") @Pattern(regexp = EntityId.REGEX) String id,
            @Schema(example = "Cụm thi đua số 1 các phường quận Long Biên") @NotBlank @Size(max = 300) String name,
            @Schema(example = "CUM") @NotNull ClusterKind kind) {
    }

    record AddMemberRequest(
            @Schema(example = "LB-BD") @NotNull @Pattern(regexp = EntityId.REGEX) String unitId,
            @Schema(example = "2024-01-01") @NotNull LocalDate from,
            @Schema(example = "2025-12-31", description = "bỏ trống nếu chưa xác định ngày kết thúc") LocalDate to) {
    }

    record EndMembershipRequest(@Schema(example = "2025-06-30") @NotNull LocalDate to) {
    }

    @PostMapping
    @Operation(summary = "Thành lập cụm, khối thi đua (register a cluster or bloc)")
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterClusterRequest body) {
        ClusterId id = new ClusterId(CommandDispatcher.idOrNew(body.id()));
        return dispatcher.write(id, body, new RegisterCluster(id, body.name(), body.kind()));
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Thêm đơn vị vào cụm, khối từ một ngày (add a member unit)")
    ResponseEntity<WriteResult> addMember(@PathVariable String id, @Valid @RequestBody AddMemberRequest body) {
        ClusterId clusterId = CommandDispatcher.pathId(id, ClusterId::new);
        return dispatcher.write(clusterId, body,
                new AddClusterMember(clusterId, new UnitId(body.unitId()), body.from(), body.to()));
    }

    @PostMapping("/{id}/members/{unitId}/end")
    @Operation(summary = "Kết thúc tư cách thành viên của đơn vị (end a membership)")
    ResponseEntity<WriteResult> endMembership(@PathVariable String id, @PathVariable String unitId,
                                              @Valid @RequestBody EndMembershipRequest body) {
        ClusterId clusterId = CommandDispatcher.pathId(id, ClusterId::new);
        return dispatcher.write(clusterId, body, new EndClusterMembership(clusterId,
                CommandDispatcher.pathId(unitId, "unitId", UnitId::new), body.to()));
    }
}
