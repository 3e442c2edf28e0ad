package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A report's requirement was withdrawn before it was submitted: the unit no longer owes it. */
@Revision("1")
public record ReportRequirementCancelled(ReportId reportId, UnitId unitId, ReportKind kind, int year,
                                         LocalDate dueBefore, String reason) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(reportId, unitId);
    }

    @Override
    public String businessTime() {
        return kind.period(year);
    }
}
