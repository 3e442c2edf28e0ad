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

    /** Found: {@code MET}, {@code PARTLY_MET}, {@code NOT_MET}, or {@code NO_DATA} when nothing was recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String code, String label, String status, String summary, Map<String, Object> details,
                            List<Entry> entries) {
    }

    /** A recorded event the indicator rests on, as the audit trail shows it. */
    public record Entry(long position, String recordedAt, String type, String businessTime, String actor) {
    }
}
