package vn.thidua.ledger.query.criteria;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.query.criteria.CriteriaSetViews.PublishedVersion;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.query.time.ProjectionProgress;

@RestController
@RequestMapping("/api/criteria-sets")
@Tag(name = "Bộ tiêu chí đánh giá, xếp loại")
class CriteriaSetCatalogueController {

    record Catalogue(long position, List<PublishedVersion> criteriaSets) {
    }

    record Versions(String id, long position, List<PublishedVersion> versions) {
    }

    private final CriteriaSetViews views;
    private final ProjectionProgress progress;
    private final ViewPoints viewPoints;

    CriteriaSetCatalogueController(CriteriaSetViews views, ProjectionProgress progress, ViewPoints viewPoints) {
        this.views = views;
        this.progress = progress;
        this.viewPoints = viewPoints;
    }

    @GetMapping
    @Operation(summary = "Các bộ tiêu chí đã ban hành, mọi phiên bản (published criteria sets)")
    Catalogue list(@Parameter(description = "PERSON (cá nhân) hoặc UNIT (tập thể)")
                   @RequestParam(required = false) String subject,
                   @Parameter(description = "pos:N hoặc thời điểm ISO, ví dụ 2024-07-01T00:00:00+07:00")
                   @RequestParam(required = false) String asOf) {
        CriteriaSubject criteriaSubject = subject == null ? null : java.util.Arrays.stream(CriteriaSubject.values())
                .filter(s -> s.name().equals(subject)).findFirst()
                .orElseThrow(() -> RefusedException.invalid("QUERY_PARAMETER", "subject",
                        "subject phải là PERSON (cá nhân) hoặc UNIT (đơn vị), không phải '" + subject + "'"));
        long position = position(asOf);
        return new Catalogue(position, views.all(criteriaSubject, new AsOf(position, null)));
    }

    /**
     * The versions of one criteria set, lowest first; {@code version} keeps that version alone, and
     * {@code period} the version in force for the period (the latest taking effect on or before its start).
     */
    @GetMapping("/{id}")
    @Operation(summary = "Các phiên bản của một bộ tiêu chí (versions of a criteria set)")
    Versions versions(@PathVariable String id,
                      @Parameter(description = "chỉ phiên bản này, ví dụ 2") @RequestParam(required = false)
                      Integer version,
                      @Parameter(description = "chỉ phiên bản có hiệu lực đầu kỳ này, ví dụ 2024-05")
                      @RequestParam(required = false) String period,
                      @Parameter(description = "pos:N hoặc thời điểm ISO, ví dụ 2024-07-01T00:00:00+07:00")
                      @RequestParam(required = false) String asOf) {
        EntityId.requirePathId(id, "id");
        if (version != null && period != null) {
            throw RefusedException.invalid("QUERY_PARAMETER", "period", "Chỉ nêu một trong hai: version hoặc period");
        }
        Period forPeriod = parse(() -> period == null ? null : Period.parse(
                vn.thidua.ledger.query.facts.ViewPoints.asWritten(period.strip())), "period");
        long position = position(asOf);
        List<PublishedVersion> versions = views.versions(id, new AsOf(position, null));
        CriteriaSetId criteriaSetId = new CriteriaSetId(id);
        if (versions.isEmpty()) {
            throw RefusedException.notFound("id", criteriaSetId);
        }
        Integer wanted = version;
        if (forPeriod != null) {
            CriteriaSetCatalogue catalogue = new CriteriaSetCatalogue(
                    versions.stream().map(PublishedVersion::definition).toList());
            wanted = catalogue.inForce(criteriaSetId, forPeriod.from()).map(CriteriaSet::version)
                    .orElseThrow(() -> new RefusedException(Reason.NOT_FOUND, "CRITERIA_SET_IN_FORCE", "period",
                            "Bộ tiêu chí " + id + " chưa có phiên bản nào có hiệu lực vào " + forPeriod.from()));
        }
        if (wanted != null) {
            int kept = wanted;
            versions = versions.stream().filter(v -> v.definition().version() == kept).toList();
            if (versions.isEmpty()) {
                throw new RefusedException(Reason.NOT_FOUND, "CRITERIA_SET_VERSION_EXISTS", "version",
                        "Bộ tiêu chí " + id + " không có phiên bản " + kept);
            }
        }
        return new Versions(id, position, versions);
    }

    /**
     * The position answered, as every view resolves it (a moment is the last position recorded by then, a position
     * not reached yet is refused), with the catalogue caught up to it: asking again with {@code pos:N} gives the
     * same versions.
     */
    private long position(String asOf) {
        long position = viewPoints.position(asOf);
        return progress.awaitPosition(CriteriaSetProjector.PROCESSOR, position);
    }

    private static <T> T parse(Supplier<T> parser, String field) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("QUERY_PARAMETER", field, "Giá trị không hợp lệ: " + e.getMessage());
        }
    }
}
