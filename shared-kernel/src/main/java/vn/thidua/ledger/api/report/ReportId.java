package vn.thidua.ledger.api.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a report a unit owes upward (báo cáo). */
public record ReportId(@JsonValue String value) implements EntityId {

    public ReportId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static ReportId of(String value) {
        return new ReportId(value);
    }

    @Override
    public String kind() {
        return "reports";
    }

    @Override
    public String toString() {
        return "report:" + value;
    }
}
