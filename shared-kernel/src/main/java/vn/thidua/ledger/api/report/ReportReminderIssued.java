package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A report not yet submitted is due within a week: the unit was reminded (recorded by the system). */
@Revision("1")
public record ReportReminderIssued(ReportId reportId, UnitId unitId, ReportKind kind, int year, LocalDate dueBefore)
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
