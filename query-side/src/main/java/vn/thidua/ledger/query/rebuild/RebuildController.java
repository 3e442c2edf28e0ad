package vn.thidua.ledger.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.RefusedException;

@RestController
@Tag(name = "Vận hành", description = "Dựng lại bảng chiếu trong khi bảng đang dùng vẫn trả lời")
class RebuildController {

    private final ProjectionRebuilder rebuilder;
    private final org.springframework.beans.factory.ObjectProvider<IdempotentRequests> idempotent;

    RebuildController(ProjectionRebuilder rebuilder,
                      org.springframework.beans.factory.ObjectProvider<IdempotentRequests> idempotent) {
        this.rebuilder = rebuilder;
        this.idempotent = idempotent;
    }

    @GetMapping("/api/admin/rebuilds")
    @Operation(summary = "Các bảng chiếu có thể dựng lại (projections that can be rebuilt)")
    Map<String, Object> list() {
        return Map.of("projections", rebuilder.projections());
    }

    @PostMapping("/api/admin/rebuilds/{projection}")
    @Operation(summary = "Dựng lại một bảng chiếu bên cạnh bảng đang dùng rồi chuyển sang (rebuild a projection)")
    ResponseEntity<?> start(@PathVariable String projection, jakarta.servlet.http.HttpServletRequest http,
                            java.security.Principal caller) {
        IdempotentRequests once = idempotent.getIfAvailable();
        if (once == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.start(projection));
        }
        // a rebuild asked again with its key is not started again: the first answer is the answer
        return once.once(http, caller, null, HttpStatus.ACCEPTED, projection, () -> rebuilder.start(projection));
    }

    @GetMapping("/api/admin/rebuilds/{projection}")
    @Operation(summary = "Tiến độ dựng lại: phần trăm, sự kiện/giây, thời gian còn lại (rebuild progress)")
    RebuildProgress progress(@PathVariable String projection) {
        return rebuilder.progress(projection).orElseThrow(() -> new RefusedException(
                RefusedException.Reason.NOT_FOUND, "REBUILD_STARTED", "projection",
                "Chưa dựng lại " + projection + " trên nút này"));
    }
}
