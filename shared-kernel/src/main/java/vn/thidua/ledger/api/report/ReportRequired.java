package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.unit.UnitId;

/** A unit owes a report for a year, due before {@code dueBefore}; {@code campaignId} may be null. */
@Revision("1")
public record ReportRequired(ReportId reportId, UnitId unitId, ReportKind kind, int year, CampaignId campaignId,
                             LocalDate dueBefore) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        List<EntityId> subjects = new ArrayList<>(List.of(reportId, unitId));
        if (campaignId != null) {
            subjects.add(campaignId);
        }
        return List.copyOf(subjects);
    }

    @Override
    public String businessTime() {
        return kind.period(year);
    }
}
