package vn.thidua.ledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.query.time.ProjectionProgress;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký kiểm tra", description = "Toàn bộ lịch sử của một đối tượng, theo thời điểm ghi nhận")
class AuditController {

    static final Set<String> KINDS = Set.of("units", "persons", "campaigns", "pledges", "clusters", "violations",
            "evaluations", "surveys", "inspections", "commendations", "criteria-sets", "users", "registrations",
            "covenants", "reports", "reviews");

    private final AuditTrails trails;
    private final ProjectionProgress progress;

    AuditController(AuditTrails trails, ProjectionProgress progress) {
        this.trails = trails;
        this.progress = progress;
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "Nhật ký của một đối tượng (audit trail), cũ nhất trước")
    AuditTrails.Trail trail(@PathVariable String kind, @PathVariable String id,
                            @Parameter(description = "kỳ nghiệp vụ: 2024-05, 2024-Q2, 2024-H1, 2024, 2024-01-01..2024-06-30")
                            @RequestParam(required = false) String period,
                            @Parameter(description = "pos:N hoặc thời điểm ISO, ví dụ 2024-07-01T00:00:00+07:00")
                            @RequestParam(required = false) String asOf) {
        if (!KINDS.contains(kind)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có loại đối tượng '" + kind + "'");
        }
        if (!EntityId.FORMAT.matcher(id).matches()) {
            throw RefusedException.invalid("ID_FORMAT", "id", "Mã không hợp lệ: " + id);
        }
        Period businessPeriod = parse(() -> period == null ? null : Period.parse(period), "period");
        AsOf recordTime = parse(() -> AsOf.parse(asOf), "asOf");
        long computedAt = progress.awaitCaughtUp(AuditProjector.PROCESSOR, recordTime.position());
        AuditTrails.Trail trail = trails.find(kind, id, businessPeriod, recordTime, computedAt);
        if (trail.entries().isEmpty() && !trails.exists(kind, id)) {
            throw RefusedException.notFound("id", new NamedId(kind, id));
        }
        return trail;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String field) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("QUERY_PARAMETER", field, e.getMessage());
        }
    }

    private record NamedId(String kind, String value) implements EntityId {
    }
}
