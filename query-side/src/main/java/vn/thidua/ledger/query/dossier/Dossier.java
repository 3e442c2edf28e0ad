package vn.thidua.ledger.query.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An inspection dossier (hồ sơ kiểm tra) of a unit for a period, as the record stood at {@code position}: the
 * seed's checklist as indicators, each with what it found and the entries behind it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dossier(String unitId, String unitName, String period, String from, String to, long position,
                      List<Indicator> indicators) {

    /**
     * The Vietnamese words of the details, as the dossier's files write them: {@code headings} of their keys
     * ({@code "byRule"}, {@code "sanctionDecidedOn"}) and {@code codes} of the codes they hold ({@code
     * "CONFIRMED": "Đã xác nhận"}), for a screen to show them alike.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("labels")
    public Map<String, Map<String, String>> labels() {
        return DossierDocument.labelsOf(this);
    }

    /** Found: {@code MET}, {@code PARTLY_MET}, {@code NOT_MET}, or {@code NO_DATA} when nothing was recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.swagger.v3.oas.annotations.media.Schema(name = "DossierIndicator")
    public record Indicator(String code, String label, String status, String summary, Map<String, Object> details,
                            List<Entry> entries) {
    }

    /** A recorded event the indicator rests on, as the audit trail shows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DossierEntry")
    public record Entry(long position, String recordedAt, String type, String businessTime, String actor) {
    }
}
