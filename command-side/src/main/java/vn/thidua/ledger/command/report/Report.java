package vn.thidua.ledger.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.report.CancelReportRequirement;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.report.ReportKind;
import vn.thidua.ledger.api.report.ReportOverdue;
import vn.thidua.ledger.api.report.ReportReminderIssued;
import vn.thidua.ledger.api.report.ReportRequired;
import vn.thidua.ledger.api.report.ReportRequirementCancelled;
import vn.thidua.ledger.api.report.ReportSubmitted;
import vn.thidua.ledger.api.report.RequireReport;
import vn.thidua.ledger.api.report.SubmitReport;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * A report a unit owes upward. While it is not submitted, deadlines record a reminder a week before it is due
 * and an overdue notice when it is due; submitting it, or cancelling the requirement, cancels them.
 */
@Aggregate
class Report {

    /** Due dates are days in Vietnam: a report is overdue from midnight there. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String REMINDER = "report-reminder";
    static final String OVERDUE = "report-overdue";
    static final int REMINDER_DAYS_BEFORE = 7;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** Events of the deadlines are the system's doing, not that of the user who registered the report. */
    private static final MetaData BY_SYSTEM = MetaData.with(MetaDataKeys.ACTOR, CommandDispatcher.SYSTEM_ACTOR);

    @AggregateIdentifier
    private ReportId reportId;
    private UnitId unitId;
    private ReportKind kind;
    private int year;
    private LocalDate dueBefore;
    /** The campaign the report is owed for; null for none. Its later events name it, for the campaign's trail. */
    private vn.thidua.ledger.api.campaign.CampaignId campaignId;
    private boolean overdue;
    private boolean submitted;
    private boolean cancelled;

    Report() {
        // for Axon
    }

    @CommandHandler
    Report(RequireReport command, OrganisationDirectory directory, DeadlineManager deadlines) {
        if (command.unitId() == null) {
            throw RefusedException.invalid("REPORT_UNIT_REQUIRED", "unitId", "Phải nêu đơn vị có trách nhiệm báo cáo");
        }
        if (command.kind() == null) {
            throw RefusedException.invalid("REPORT_KIND_REQUIRED", "kind", "Phải nêu loại báo cáo: 6 tháng hay năm");
        }
        if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
            throw RefusedException.invalid("REPORT_YEAR_VALID", "year",
                    "Năm báo cáo phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
        if (!directory.unitExists(command.unitId())) {
            throw RefusedException.notFound("unitId", command.unitId());
        }
        // a closed unit owes no report of a period beginning after its last day; of one it lived in, it may
        directory.unit(command.unitId()).orElseThrow()
                .requireOpenOn(Period.parse(command.kind().period(command.year())).from(), "year");
        if (command.campaignId() != null) {
            OrganisationDirectory.CampaignEntry campaign = directory.campaign(command.campaignId())
                    .orElseThrow(() -> RefusedException.notFound("campaignId", command.campaignId()));
            // a report on a campaign is owed for its years, by the units it was launched over, as its pledges are
            Period reported = Period.parse(command.kind().period(command.year()));
            if (!reported.overlaps(new Period(campaign.startsOn(), campaign.endsOn()))) {
                throw RefusedException.conflict("REPORT_YEAR_IN_CAMPAIGN", "year", "Kỳ báo cáo "
                        + command.kind().period(command.year()) + " nằm ngoài thời gian của cuộc vận động, phong trào "
                        + command.campaignId().value() + " (" + campaign.startsOn() + ".." + campaign.endsOn() + ")");
            }
            // as the tree stood at the reported period's end, when the report speaks for it (as a dossier counts it)
            if (!directory.isWithinOn(command.unitId(), campaign.scopeUnitId(), reported.to())) {
                throw RefusedException.conflict("REPORT_UNIT_IN_SCOPE", "unitId", "Đơn vị "
                        + command.unitId().value() + " ngoài phạm vi phát động của " + command.campaignId().value()
                        + " (" + campaign.scopeUnitId().value() + ")");
            }
        }
        directory.requiredReport(command.unitId(), command.kind(), command.year(), command.campaignId())
                .ifPresent(earlier -> {
                    // a second one would be reminded, fall overdue and count in the dossier as often
                    throw RefusedException.conflict("REPORT_REQUIRED_ONCE", "year", "Đơn vị "
                            + command.unitId().value() + " đã phải nộp "
                            + command.kind().label().toLowerCase(Locale.ROOT) + " " + command.kind().period(command.year())
                            + (command.campaignId() == null ? "" : " của " + command.campaignId().value())
                            + " (" + earlier.value() + ")");
                });
        LocalDate due = command.kind().dueBefore(command.year());
        apply(new ReportRequired(command.reportId(), command.unitId(), command.kind(), command.year(),
                command.campaignId(), due));
        // a deadline already past fires at once: a report registered late is overdue straight away, unreminded
        if (now().isBefore(startOf(due))) {
            deadlines.schedule(startOf(due.minusDays(REMINDER_DAYS_BEFORE)), REMINDER, due);
        }
        deadlines.schedule(startOf(due), OVERDUE, due);
    }

    @CommandHandler
    void handle(SubmitReport command, DeadlineManager deadlines, OrganisationDirectory directory) {
        requireNotCancelled();
        if (submitted) {
            throw RefusedException.conflict("REPORT_SUBMITTED_ONCE", null,
                    "Báo cáo " + reportId.value() + " đã được nộp");
        }
        if (command.submittedOn() == null) {
            throw RefusedException.invalid("REPORT_SUBMISSION_DATE_REQUIRED", "submittedOn", "Phải nêu ngày nộp báo cáo");
        }
        if (command.submittedOn().getYear() < year) {
            // a report of a year tells of that year: one dated before it began would count as on time
            throw RefusedException.invalid("REPORT_SUBMITTED_IN_ITS_YEAR", "submittedOn", "Báo cáo năm " + year
                    + " không thể nộp ngày " + command.submittedOn() + ", trước khi năm đó bắt đầu");
        }
        Today.notAfter(command.submittedOn(), "REPORT_SUBMISSION_DATE_NOT_IN_FUTURE", "submittedOn",
                "Ngày nộp báo cáo");
        // a unit no longer there submits nothing after its last day
        directory.unit(unitId).ifPresent(unit -> unit.requireOpenOn(command.submittedOn(), "submittedOn"));
        String documentRef = command.documentRef() == null || command.documentRef().isBlank()
                ? null : command.documentRef().strip();
        apply(new ReportSubmitted(reportId, unitId, kind, year, command.submittedOn(), documentRef, dueBefore,
                command.submittedOn().isBefore(dueBefore), campaignId));
        cancelNoticesToCome(deadlines);
    }

    /**
     * Cancels the reminder and overdue notice not yet due. One already due fires (or is firing) and, the report
     * submitted or withdrawn, records nothing: cancelling it while the scheduler runs it failed the command.
     */
    private void cancelNoticesToCome(DeadlineManager deadlines) {
        Instant now = now();
        if (now.isBefore(startOf(dueBefore.minusDays(REMINDER_DAYS_BEFORE)))) {
            deadlines.cancelAllWithinScope(REMINDER);
        }
        if (now.isBefore(startOf(dueBefore))) {
            deadlines.cancelAllWithinScope(OVERDUE);
        }
    }

    @CommandHandler
    void handle(CancelReportRequirement command, DeadlineManager deadlines) {
        requireNotCancelled();
        if (submitted) {
            throw RefusedException.conflict("REPORT_SUBMITTED_ONCE", null, "Báo cáo " + reportId.value()
                    + " đã được nộp; không thể hủy yêu cầu đã được đáp ứng");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RefusedException.invalid("REPORT_CANCELLATION_REASON_REQUIRED", "reason",
                    "Phải nêu lý do hủy yêu cầu báo cáo");
        }
        apply(new ReportRequirementCancelled(reportId, unitId, kind, year, dueBefore, command.reason().strip(),
                campaignId));
        cancelNoticesToCome(deadlines);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw RefusedException.conflict("REPORT_REQUIREMENT_CANCELLED", null, "Yêu cầu báo cáo "
                    + reportId.value() + " đã bị hủy");
        }
    }

    /**
     * An overdue notice already recorded means this reminder was delayed past the due date (every node down,
     * say); then there is nothing left to remind of. The wall clock is not consulted here: the aggregate
     * fixture does not simulate it for deadlines.
     */
    @DeadlineHandler(deadlineName = REMINDER)
    void remind(LocalDate due) {
        if (!submitted && !overdue && !cancelled) {
            apply(new ReportReminderIssued(reportId, unitId, kind, year, dueBefore, campaignId), BY_SYSTEM);
        }
    }

    @DeadlineHandler(deadlineName = OVERDUE)
    void markOverdue(LocalDate due) {
        if (!submitted && !overdue && !cancelled) {
            apply(new ReportOverdue(reportId, unitId, kind, year, dueBefore, campaignId), BY_SYSTEM);
        }
    }

    /** Axon's clock, which the aggregate fixture sets for the commands of a test. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    @EventSourcingHandler
    void on(ReportRequired event) {
        reportId = event.reportId();
        unitId = event.unitId();
        kind = event.kind();
        year = event.year();
        dueBefore = event.dueBefore();
        campaignId = event.campaignId();
    }

    @EventSourcingHandler
    void on(ReportOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        submitted = true;
    }

    @EventSourcingHandler
    void on(ReportRequirementCancelled event) {
        cancelled = true;
    }
}
