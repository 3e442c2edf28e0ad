package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A report was submitted; {@code onTime} when that was before its due date. */
@Revision("1")
public record ReportSubmitted(ReportId reportId, UnitId unitId, ReportKind kind, int year, LocalDate submittedOn,
                              String documentRef, LocalDate dueBefore, boolean onTime) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(reportId, unitId);
    }

    @Override
    public String businessTime() {
        return kind.period(year);
    }
}
