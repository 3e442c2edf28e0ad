package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.query.facts.CriteriaSets;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.ViewPoint;
import vn.thidua.ledger.rules.UnitStanding;

/**
 * Two criteria versions applied to the same history side by side, for a council deciding whether to adopt
 * new criteria. Computed on the fly from the facts: no live view is touched.
 */
@RestController
@Tag(name = "Bảng xếp hạng thi đua")
class WhatIfController {

    /** A unit's standing under one version: its penalty is that version's, for the same confirmed violations. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "WhatIfSide")
    record Side(int rank, BigDecimal score, String level, Map<String, BigDecimal> breakdown, BigDecimal penalty,
                int violations) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "WhatIfRow")
    record Row(String unitId, String unitName, Side baseline, Side candidate, int rankDelta, BigDecimal scoreDelta) {
    }

    /** {@code …Unconfirmed}: that version's weights await confirmation, its side is indicative only. */
    record WhatIf(String cluster, String period, String baseline, String candidate, long position, List<Row> rows,
                  boolean baselineUnconfirmed, boolean candidateUnconfirmed) {
    }

    private final RankingService rankings;
    private final ViewPoints viewPoints;
    private final FactsReader facts;

    WhatIfController(RankingService rankings, ViewPoints viewPoints, FactsReader facts) {
        this.rankings = rankings;
        this.viewPoints = viewPoints;
        this.facts = facts;
    }

    @GetMapping("/api/what-if")
    @Operation(summary = "So sánh hai phiên bản bộ tiêu chí trên cùng dữ liệu (what-if replay of two criteria versions)")
    WhatIf whatIf(@Parameter(example = "LB-CUM-PHUONG", required = true) @RequestParam(required = false) String cluster,
                  @Parameter(example = "2024", required = true) @RequestParam(required = false) String period,
                  @Parameter(example = "VN.VHCS-DV@1", required = true) @RequestParam(required = false) String baseline,
                  @Parameter(example = "VN.VHCS-DV@1", required = true) @RequestParam(required = false) String candidate,
                  @RequestParam(required = false) String asOf) {
        require(cluster, "cluster");
        require(baseline, "baseline");
        require(candidate, "candidate");
        ViewPoint point = viewPoints.resolve(period, asOf);
        if (!facts.clusterExists(cluster, point.position())) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "cluster",
                    "Không tìm thấy cụm, khối thi đua " + cluster);
        }
        CriteriaSetCatalogue catalogue = facts.criteriaSets(point.position());
        CriteriaSet base = CriteriaSets.resolve(catalogue, baseline, "baseline", CriteriaSubject.UNIT,
                point.period().from());
        CriteriaSet cand = CriteriaSets.resolve(catalogue, candidate, "candidate", CriteriaSubject.UNIT,
                point.period().from());
        Map<String, UnitStanding> before = rankings.standings(cluster, point.period(), point.position(), base).stream()
                .collect(Collectors.toMap(UnitStanding::unitId, Function.identity()));
        List<Row> rows = rankings.standings(cluster, point.period(), point.position(), cand).stream()
                .map(after -> {
                    UnitStanding b = before.get(after.unitId());
                    return new Row(after.unitId(), after.unitName(), side(b), side(after), b.rank() - after.rank(),
                            after.score().subtract(b.score()));
                })
                .sorted(Comparator.comparingInt(r -> r.candidate().rank()))
                .toList();
        return new WhatIf(cluster, point.periodLabel(), base.ref().toString(), cand.ref().toString(), point.position(),
                rows, base.unconfirmed(), cand.unconfirmed());
    }

    private static Side side(UnitStanding s) {
        return new Side(s.rank(), s.score(), s.level(), s.breakdown(), s.penalty(), s.violations());
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", field, "Phải nêu " + field);
        }
    }
}
