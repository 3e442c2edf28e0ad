package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** The due date of a report passed before it was submitted (recorded by the system). */
@Revision("1")
public record ReportOverdue(ReportId reportId, UnitId unitId, ReportKind kind, int year, LocalDate dueBefore)
        implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(reportId, unitId);
    }

    @Override
    public String businessTime() {
        return kind.period(year);
    }
}
