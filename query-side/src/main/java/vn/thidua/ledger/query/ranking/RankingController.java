package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.facts.ViewPoints;

@RestController
@Tag(name = "Bảng xếp hạng thi đua", description = "Xếp hạng các đơn vị trong cụm, khối cho một kỳ bất kỳ")
class RankingController {

    private final RankingService rankings;
    private final ViewPoints viewPoints;

    RankingController(RankingService rankings, ViewPoints viewPoints) {
        this.rankings = rankings;
        this.viewPoints = viewPoints;
    }

    @GetMapping("/api/rankings")
    @Operation(summary = "Xếp hạng cụm, khối cho một kỳ (ranking of a cluster for a period)")
    RankingService.Ranking ranking(
            @Parameter(description = "mã cụm, khối", example = "LB-CUM-PHUONG", required = true) @RequestParam(required = false) String cluster,
            @Parameter(description = "2024-05, 2024-Q2, 2024-H1, 2024, 2024-01-01..2024-06-30, campaign:ID:mid-term, campaign:ID:final",
                    example = "2024-Q2", required = true) @RequestParam(required = false) String period,
            @Parameter(description = "ID (phiên bản có hiệu lực trong kỳ) hoặc ID@V", example = "VN.VHCS-DV")
            @RequestParam(required = false) String criteriaSet,
            @Parameter(description = "pos:N hoặc thời điểm ISO") @RequestParam(required = false) String asOf) {
        if (cluster == null || cluster.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "cluster", "Phải nêu cụm, khối (cluster)");
        }
        return rankings.rank(cluster, viewPoints.resolve(period, asOf), criteriaSet);
    }
}
