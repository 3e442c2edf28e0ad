package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A report's requirement was withdrawn before it was submitted: the unit no longer owes it.
 * Revision 2 names the campaign the report is owed for ({@code campaignId}; null for none, and in the events
 * stored before it).
 */
@Revision("2")
public record ReportRequirementCancelled(ReportId reportId, UnitId unitId, ReportKind kind, int year,
                                         LocalDate dueBefore, String reason, CampaignId campaignId)
        implements LedgerEvent {

    /** A report owed for no campaign. */
    public ReportRequirementCancelled(ReportId reportId, UnitId unitId, ReportKind kind, int year,
                                      LocalDate dueBefore, String reason) {
        this(reportId, unitId, kind, year, dueBefore, reason, null);
    }

    @Override
    public List<EntityId> subjects() {
        // a campaign's report is told in the campaign's trail too, from its requirement to its submission
        return campaignId == null ? List.of(reportId, unitId) : List.of(reportId, unitId, campaignId);
    }

    @Override
    public String businessTime() {
        return kind.period(year);
    }
}
