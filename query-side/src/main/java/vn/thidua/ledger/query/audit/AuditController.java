package vn.thidua.ledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.export.ExportFormat;
import vn.thidua.ledger.query.export.Exports;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.query.time.ProjectionProgress;
import vn.thidua.ledger.query.time.ViewCatchingUpException;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký kiểm tra", description = "Toàn bộ lịch sử của một đối tượng, theo thời điểm ghi nhận")
class AuditController {

    /** The kinds of entity that have a trail, with the name an exported file gives them. */
    static final Map<String, String> KIND_LABELS = Map.ofEntries(
            Map.entry("units", "Đơn vị"),
            Map.entry("persons", "Cá nhân"),
            Map.entry("campaigns", "Phong trào, cuộc vận động"),
            Map.entry("pledges", "Bản cam kết"),
            Map.entry("clusters", "Cụm, khối thi đua"),
            Map.entry("violations", "Vi phạm"),
            Map.entry("evaluations", "Đánh giá, xếp loại"),
            Map.entry("surveys", "Khảo sát sự hài lòng"),
            Map.entry("inspections", "Kiểm tra, giám sát"),
            Map.entry("commendations", "Khen thưởng"),
            Map.entry("criteria-sets", "Bộ tiêu chí"),
            Map.entry("users", "Người dùng"),
            Map.entry("registrations", "Đăng ký thi đua"),
            Map.entry("covenants", "Giao ước thi đua"),
            Map.entry("reports", "Báo cáo"),
            Map.entry("reviews", "Sơ kết, tổng kết"));
    static final Set<String> KINDS = KIND_LABELS.keySet();
    /** An account's name, or an actor of the system's own ({@code system:title-revocation}). */
    private static final java.util.regex.Pattern SYSTEM_ACTOR = java.util.regex.Pattern.compile(
            "((?i)system:)?[A-Za-z0-9._-]{1,64}");

    private final AuditTrails trails;
    private final ProjectionProgress progress;
    private final ViewPoints viewPoints;
    private final AuditDocument documents;
    private final Exports exports;
    private final vn.thidua.ledger.query.facts.FactsReader facts;

    AuditController(AuditTrails trails, ProjectionProgress progress, ViewPoints viewPoints, AuditDocument documents,
                    Exports exports, vn.thidua.ledger.query.facts.FactsReader facts) {
        this.facts = facts;
        this.trails = trails;
        this.progress = progress;
        this.viewPoints = viewPoints;
        this.documents = documents;
        this.exports = exports;
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "Nhật ký của một đối tượng (audit trail), cũ nhất trước; format=pdf|xlsx|csv để tải tệp")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AuditTrails.Trail.class)),
            @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> trail(@PathVariable String kind, @PathVariable String id,
                            @Parameter(description = "kỳ nghiệp vụ: 2024-05, 2024-Q2, 2024-H1, 2024, 2024-01-01..2024-06-30")
                            @RequestParam(required = false) String period,
                            @Parameter(description = "pos:N hoặc thời điểm ISO, ví dụ 2024-07-01T00:00:00+07:00")
                            @RequestParam(required = false) String asOf,
                            @Parameter(description = "json (mặc định), pdf, xlsx hoặc csv", example = "pdf")
                            @RequestParam(required = false) String format,
                            Principal user) {
        if (!KINDS.contains(kind)) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "kind",
                    "Không có loại đối tượng '" + kind + "'; có: " + String.join(", ", new TreeSet<>(KINDS)));
        }
        // the system's own actors (system:title-revocation) have trails too
        if (!(AuditTrails.USERS.equals(kind) ? SYSTEM_ACTOR.matcher(id).matches() : EntityId.FORMAT.matcher(id).matches())) {
            throw RefusedException.invalid("ID_FORMAT", "id", "Mã không hợp lệ: " + id);
        }
        ExportFormat answer = ExportFormat.parse(format);
        Period businessPeriod = parse(() -> period == null ? null : Period.parse(
                vn.thidua.ledger.query.facts.ViewPoints.asWritten(period.strip())), "period");
        AsOf recordTime = parse(() -> AsOf.parse(asOf), "asOf");
        // a moment is the position the other views take for it, so that the trail answers with that position and
        // pos:N asks again for exactly these entries; a position not reached yet is refused as there
        AsOf at = recordTime.isNow() ? AsOf.NOW : new AsOf(viewPoints.position(asOf), null);
        long computedAt = at.isNow() ? progress.awaitCaughtUp(AuditProjector.PROCESSOR, null)
                : progress.awaitPosition(AuditProjector.PROCESSOR, at.position());
        AuditTrails.Trail trail = trails.find(kind, id, businessPeriod, at, computedAt);
        if (trail.entries().isEmpty() && !trails.exists(kind, id)) {
            // an empty trail of an earlier moment: whether the entity exists is a question about now (a trail of
            // now has waited for it already: once is enough)
            long reached = at.isNow() ? computedAt : progress.awaitCaughtUp(AuditProjector.PROCESSOR, null);
            if (!trails.exists(kind, id)) {
                long head = progress.head();
                if (reached < head) {
                    // the view is behind (a node taking over its projection): never 404 for something written
                    throw new ViewCatchingUpException(AuditProjector.PROCESSOR, reached, head);
                }
                throw RefusedException.notFound("id", new NamedId(kind, id));
            }
            if (at.isNow()) {
                // its first entries came in meanwhile: the trail as the view now stands, not the empty one read
                long now = progress.processed(AuditProjector.PROCESSOR);
                trail = trails.find(kind, id, businessPeriod, at, now);
            }
        }
        if (answer == ExportFormat.JSON) {
            return ResponseEntity.ok(trail);
        }
        String label = KIND_LABELS.get(kind);
        // the period as the API writes it, however it was asked (05/2024 is 2024-05), as a dossier's file names it
        String periodLabel = businessPeriod == null ? period : businessPeriod.label();
        return exports.render(documents.of(trail, label, nameOf(kind, id, trail), periodLabel,
                businessPeriod, recordTime,
                user == null ? null : user.getName(), Instant.now()), answer, "Nhật ký " + label + " " + id
                + (periodLabel == null ? "" : " " + periodLabel)
                + (recordTime.isNow() ? "" : " vị trí " + at.position()));
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

    /**
     * A unit's, person's or cluster's name as the record stood at the trail's position: from the trail's own
     * registration or latest renaming (what the file holds; the facts' projection may not have reached that
     * position yet), else, for a trail filtered to a period without them, from the facts; null for other kinds.
     */
    private String nameOf(String kind, String id, AuditTrails.Trail trail) {
        String idField = switch (kind) {
            case "units" -> "unitId";
            case "persons" -> "personId";
            case "clusters" -> "clusterId";
            default -> null;
        };
        if (idField == null) {
            return null;
        }
        String nameField = kind.equals("persons") ? "fullName" : "name";
        for (int i = trail.entries().size() - 1; i >= 0; i--) {
            AuditTrails.Entry entry = trail.entries().get(i);
            if ((entry.type().endsWith("Registered") || entry.type().endsWith("Renamed"))
                    && id.equals(entry.text(idField)) && entry.text(nameField) != null) {
                return entry.text(nameField);
            }
        }
        long position = trail.position();
        return switch (kind) {
            case "units" -> {
                var unit = facts.units(position).get(id);
                yield unit == null ? null : unit.name();
            }
            case "persons" -> {
                String[] person = facts.people(java.util.List.of(id), position).get(id);
                yield person == null ? null : person[0];
            }
            default -> facts.clusterName(id, position).orElse(null);
        };
    }
}
