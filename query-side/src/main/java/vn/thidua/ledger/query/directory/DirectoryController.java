package vn.thidua.ledger.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.ViewPoints;

/** Lists of units and clusters, for clients (and the web UI) to choose from. */
@RestController
@Tag(name = "Tổ chức", description = "Đơn vị và cụm, khối thi đua đã ghi nhận")
class DirectoryController {

    record Unit(String id, String name, String kind, String parentId, boolean closed) {
    }

    record Units(long position, List<Unit> units) {
    }

    record Member(String unitId, LocalDate from, LocalDate to) {
    }

    record Cluster(String id, String name, String kind, List<Member> members) {
    }

    record Clusters(long position, List<Cluster> clusters) {
    }

    private final FactsReader facts;
    private final ViewPoints viewPoints;

    DirectoryController(FactsReader facts, ViewPoints viewPoints) {
        this.facts = facts;
        this.viewPoints = viewPoints;
    }

    @GetMapping("/api/units")
    @Operation(summary = "Danh sách đơn vị (cây tổ chức) tại một thời điểm ghi nhận")
    Units units(@Parameter(description = "pos:N hoặc thời điểm ISO") @RequestParam(required = false) String asOf) {
        long position = viewPoints.position(asOf);
        return new Units(position, facts.units(position).values().stream()
                .map(u -> new Unit(u.unitId(), u.name(), u.kind(), u.parentId(), u.closed()))
                .sorted(java.util.Comparator.comparing(Unit::id)).toList());
    }

    @GetMapping("/api/clusters")
    @Operation(summary = "Danh sách cụm, khối thi đua và thành viên (trong kỳ, nếu nêu period)")
    Clusters clusters(@Parameter(example = "2024") @RequestParam(required = false) String period,
                      @Parameter(description = "pos:N hoặc thời điểm ISO") @RequestParam(required = false) String asOf) {
        long position = viewPoints.position(asOf);
        Period members = period == null || period.isBlank() ? new Period(LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31)) : viewPoints.resolve(period, asOf).period();
        return new Clusters(position, facts.clusters(position).stream()
                .map(c -> new Cluster(c.clusterId(), c.name(), c.kind(), facts.members(c.clusterId(), members, position)
                        .stream().map(m -> new Member(m.unitId(), m.from(), m.to())).toList()))
                .toList());
    }
}
