package vn.thidua.ledger.query.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.export.ExportFormat;
import vn.thidua.ledger.query.export.Exports;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.AsOf;

@RestController
@Tag(name = "Hồ sơ kiểm tra", description = "Các chỉ số kiểm tra của một đơn vị trong một kỳ, tại bất kỳ thời điểm nào")
class DossierController {

    private final DossierService dossiers;
    private final ViewPoints viewPoints;
    private final Exports exports;

    DossierController(DossierService dossiers, ViewPoints viewPoints, Exports exports) {
        this.dossiers = dossiers;
        this.viewPoints = viewPoints;
        this.exports = exports;
    }

    @GetMapping("/api/dossiers")
    @Operation(summary = "Hồ sơ kiểm tra của đơn vị trong kỳ (inspection dossier of a unit for a period)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Hồ sơ: JSON, hoặc tệp "
            + "theo format", content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Dossier.class)),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
            @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    ResponseEntity<?> dossier(@Parameter(example = "LB-PNV", required = true) @RequestParam(required = false) String unit,
                              @Parameter(example = "2024", required = true) @RequestParam(required = false) String period,
                              @Parameter(description = "pos:N hoặc thời điểm ISO") @RequestParam(required = false) String asOf,
                              @Parameter(description = "json (mặc định), pdf, xlsx, csv") @RequestParam(required = false) String format,
                              Principal user) {
        if (unit == null || unit.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "unit", "Phải nêu đơn vị (unit)");
        }
        ExportFormat answer = ExportFormat.parse(format);
        Dossier dossier = dossiers.build(unit, viewPoints.resolve(period, asOf));
        if (answer == ExportFormat.JSON) {
            return ResponseEntity.ok(dossier);
        }
        return exports.render(DossierDocument.of(dossier, user == null ? null : user.getName(), Instant.now(),
                        asOf == null || asOf.isBlank() ? null : AsOf.parse(asOf).moment()), answer,
                "Hồ sơ kiểm tra " + dossier.unitId() + " " + dossier.period()
                        // exports of other moments are other files
                        + (asOf == null || asOf.isBlank() ? "" : " vị trí " + dossier.position()));
    }
}
