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

    RebuildController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/admin/rebuilds")
    @Operation(summary = "Các bảng chiếu có thể dựng lại (projections that can be rebuilt)")
    Map<String, Object> list() {
        return Map.of("projections", rebuilder.projections());
    }

    @PostMapping("/api/admin/rebuilds/{projection}")
    @Operation(summary = "Dựng lại một bảng chiếu bên cạnh bảng đang dùng rồi chuyển sang (rebuild a projection)")
    ResponseEntity<RebuildProgress> start(@PathVariable String projection) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.start(projection));
    }

    @GetMapping("/api/admin/rebuilds/{projection}")
    @Operation(summary = "Tiến độ dựng lại: phần trăm, sự kiện/giây, thời gian còn lại (rebuild progress)")
    RebuildProgress progress(@PathVariable String projection) {
        return rebuilder.progress(projection).orElseThrow(() -> new RefusedException(
                RefusedException.Reason.NOT_FOUND, "REBUILD_STARTED", "projection",
                "Chưa dựng lại " + projection + " trên nút này"));
    }
}
