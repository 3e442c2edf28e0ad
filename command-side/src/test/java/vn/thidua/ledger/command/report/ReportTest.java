package vn.thidua.ledger.command.report;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;
import static vn.thidua.ledger.command.directory.Refusals.refused;
import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.campaign.CampaignId;
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
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class ReportTest {

    private static final ReportId REPORT = new ReportId("BC-LB-PNV-2024-H1");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final CampaignId QTUX = new CampaignId("QTUX-HN-2021");
    private static final LocalDate DUE = LocalDate.of(2024, 6, 10);
    /** Midnight of 10 June 2024 in Hanoi. */
    private static final Instant DUE_AT = OffsetDateTime.of(2024, 6, 10, 0, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();
    private static final Instant REMIND_AT = DUE_AT.minus(Duration.ofDays(7));
    private static final Instant MAY_DAY = Instant.parse("2024-05-01T03:00:00Z");

    private static final RequireReport REQUIRE = new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, QTUX);
    private static final ReportRequired REQUIRED =
            new ReportRequired(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, QTUX, DUE);

    private FixtureConfiguration<Report> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)
                .withUnit("LB", "HN")
                .withUnit("LB-PNV", "LB")
                .withCampaign("QTUX-HN-2021", "HN", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        fixture.registerInjectableResource(directory);
    }

    private static SubmitReport submitOn(LocalDate day) {
        return new SubmitReport(REPORT, day, "Báo cáo số 152/BC-UBND");
    }

    private static ReportSubmitted submittedOn(LocalDate day, boolean onTime) {
        return new ReportSubmitted(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, day, "Báo cáo số 152/BC-UBND",
                DUE, onTime, QTUX);
    }

    @Test
    void sixMonthlyReportIsDueBefore10June() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(REQUIRE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(REQUIRED);
    }

    @Test
    void yearlyReportIsDueBefore30November() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, 2024, null))
                .expectEvents(new ReportRequired(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, 2024, null,
                        LocalDate.of(2024, 11, 30)));
    }

    @Test
    void reportFallsOverdueAtMidnightInVietnamOnItsDueDate() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(REQUIRE)
                .expectScheduledDeadlineWithName(Instant.parse("2024-06-09T17:00:00Z"), Report.OVERDUE);
    }

    @Test
    void unitIsRemindedAWeekBeforeTheDueDate() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(REQUIRE)
                .expectScheduledDeadlineWithName(REMIND_AT, Report.REMINDER);
    }

    @Test
    void reportRegisteredAfterItsDueDateIsNotReminded() {
        fixture.givenCurrentTime(Instant.parse("2024-07-01T03:00:00Z"))
                .when(REQUIRE)
                .expectNoScheduledDeadlineWithName(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Report.REMINDER)
                .expectScheduledDeadlineWithName(DUE_AT, Report.OVERDUE);
    }

    @Test
    void reportRegisteredAfterItsReminderDateIsRemindedAtOnce() {
        fixture.givenCurrentTime(Instant.parse("2024-06-05T03:00:00Z"))
                .andGivenCommands(REQUIRE)
                .whenThenTimeElapses(Duration.ZERO)
                .expectEvents(new ReportReminderIssued(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX));
    }

    @Test
    void reportRegisteredAfterItsDueDateIsOverdueAtOnce() {
        fixture.givenCurrentTime(Instant.parse("2024-07-01T03:00:00Z"))
                .andGivenCommands(REQUIRE)
                .whenThenTimeElapses(Duration.ZERO)
                .expectEvents(new ReportOverdue(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX));
    }

    @Test
    void reminderIsIssuedWhenItsDayComes() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .whenThenTimeAdvancesTo(REMIND_AT)
                .expectDeadlinesMet(DUE)
                .expectEvents(new ReportReminderIssued(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX));
    }

    @Test
    void reportNotSubmittedByItsDueDateIsOverdue() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .whenThenTimeAdvancesTo(DUE_AT)
                .expectEvents(new ReportReminderIssued(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX),
                        new ReportOverdue(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX));
    }

    @Test
    void remindersAndOverdueNoticesAreRecordedAsTheSystemsDoing() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .whenThenTimeAdvancesTo(DUE_AT)
                .expectEventsMatching(exactSequenceOf(
                        predicate((EventMessage<?> e) -> "system".equals(e.getMetaData().get("actor"))),
                        predicate((EventMessage<?> e) -> "system".equals(e.getMetaData().get("actor"))),
                        andNoMore()));
    }

    @Test
    void submittedReportIsNeitherRemindedNorOverdue() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE, submitOn(LocalDate.of(2024, 5, 1)))
                .whenThenTimeAdvancesTo(DUE_AT.plus(Duration.ofDays(30)))
                .expectNoEvents();
    }

    @Test
    void aCancelledRequirementIsNeitherRemindedNorOverdue() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .when(new CancelReportRequirement(REPORT, " Đơn vị đã sáp nhập "))
                .expectEvents(new ReportRequirementCancelled(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE,
                        "Đơn vị đã sáp nhập", QTUX))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCancelledRequirementTakesNoSubmission() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE, new CancelReportRequirement(REPORT, "Yêu cầu nhầm"))
                .when(submitOn(LocalDate.of(2024, 5, 1)))
                .expectException(refusedBy("REPORT_REQUIREMENT_CANCELLED"))
                .expectNoEvents();
    }

    @Test
    void cannotCancelTheRequirementOfASubmittedReport() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE, submitOn(LocalDate.of(2024, 5, 1)))
                .when(new CancelReportRequirement(REPORT, "Yêu cầu nhầm"))
                .expectException(refusedBy("REPORT_SUBMITTED_ONCE"))
                .expectNoEvents();
    }

    @Test
    void cannotCancelARequirementWithoutAReason() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .when(new CancelReportRequirement(REPORT, " "))
                .expectException(refusedBy("REPORT_CANCELLATION_REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void submittingCancelsTheDeadlines() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGivenCommands(REQUIRE)
                .when(submitOn(LocalDate.of(2024, 5, 1)))
                .expectEvents(submittedOn(LocalDate.of(2024, 5, 1), true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reportSubmittedTheDayBeforeItsDueDateIsOnTime() {
        fixture.given(REQUIRED)
                .when(submitOn(LocalDate.of(2024, 6, 9)))
                .expectEvents(submittedOn(LocalDate.of(2024, 6, 9), true));
    }

    @Test
    void aReportCannotBeSubmittedBeforeItsYearBegan() {
        fixture.given(REQUIRED)
                .when(submitOn(LocalDate.of(2023, 6, 11)))
                .expectException(refused(Reason.INVALID, "REPORT_SUBMITTED_IN_ITS_YEAR", "submittedOn"))
                .expectNoEvents();
    }

    @Test
    void reportSubmittedOnItsDueDateIsLate() {
        fixture.given(REQUIRED)
                .when(submitOn(DUE))
                .expectEvents(submittedOn(DUE, false));
    }

    @Test
    void overdueReportMayStillBeSubmittedLate() {
        fixture.given(REQUIRED, new ReportOverdue(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2024, DUE, QTUX))
                .when(submitOn(LocalDate.of(2024, 6, 20)))
                .expectEvents(submittedOn(LocalDate.of(2024, 6, 20), false));
    }

    @Test
    void cannotSubmitTwice() {
        fixture.given(REQUIRED, submittedOn(LocalDate.of(2024, 6, 5), true))
                .when(submitOn(LocalDate.of(2024, 6, 6)))
                .expectException(refused(Reason.CONFLICT, "REPORT_SUBMITTED_ONCE", null))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitWithoutDate() {
        fixture.given(REQUIRED)
                .when(submitOn(null))
                .expectException(refused(Reason.INVALID, "REPORT_SUBMISSION_DATE_REQUIRED", "submittedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotRequireAReportTheUnitAlreadyOwes() {
        directory.withReport("BC-CU", "LB-PNV", ReportKind.SIX_MONTHLY, 2024, "QTUX-HN-2021");
        fixture.givenCurrentTime(MAY_DAY)
                .when(REQUIRE)
                .expectException(refused(Reason.CONFLICT, "REPORT_REQUIRED_ONCE", "year"))
                .expectExceptionMessage("Đơn vị LB-PNV đã phải nộp báo cáo 6 tháng 2024-H1 của QTUX-HN-2021 (BC-CU)")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aReportUnderNoCampaignIsAnotherThanOneUnderACampaign() {
        directory.withReport("BC-CU", "LB-PNV", ReportKind.SIX_MONTHLY, 2024, null)
                .withReport("BC-NAM", "LB-PNV", ReportKind.YEARLY, 2024, "QTUX-HN-2021")
                .withReport("BC-2023", "LB-PNV", ReportKind.SIX_MONTHLY, 2023, "QTUX-HN-2021");
        fixture.givenCurrentTime(MAY_DAY)
                .when(REQUIRE)
                .expectEvents(REQUIRED);
    }

    @Test
    void aReportOnACampaignIsOwedForTheCampaignsYearsOnly() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, 2019, QTUX))
                .expectException(refused(Reason.CONFLICT, "REPORT_YEAR_IN_CAMPAIGN", "year"))
                .expectNoEvents();
    }

    @Test
    void aHalfYearEndedBeforeTheCampaignBeganOwesNoReportOnIt() {
        directory.withCampaign("NKTC-2021-H2", "HN", LocalDate.of(2021, 8, 1), LocalDate.of(2025, 12, 31));
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.SIX_MONTHLY, 2021,
                        new CampaignId("NKTC-2021-H2")))
                .expectException(refused(Reason.CONFLICT, "REPORT_YEAR_IN_CAMPAIGN", "year"))
                .expectNoEvents();
    }

    @Test
    void aReportOnACampaignIsOwedByTheUnitsItWasLaunchedOverOnly() {
        directory.withUnit("DN", null).withUnit("DN-PNV", "DN");
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, new UnitId("DN-PNV"), ReportKind.YEARLY, 2024, QTUX))
                .expectException(refused(Reason.CONFLICT, "REPORT_UNIT_IN_SCOPE", "unitId"))
                .expectNoEvents();
    }

    @Test
    void cannotRequireTwiceAReportUnderNoCampaign() {
        directory.withReport("BC-CU", "LB-PNV", ReportKind.YEARLY, 2024, null);
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, 2024, null))
                .expectException(refused(Reason.CONFLICT, "REPORT_REQUIRED_ONCE", "year"))
                .expectExceptionMessage("Đơn vị LB-PNV đã phải nộp báo cáo năm 2024 (BC-CU)")
                .expectNoEvents();
    }

    @Test
    void cannotRequireReportOfAPeriodBeginningAfterItsUnitClosed() {
        directory.withClosedUnit("LB-OLD", "LB");
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, new UnitId("LB-OLD"), ReportKind.YEARLY, 2024, null))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "year"))
                .expectNoEvents();
    }

    @Test
    void aClosedUnitStillOwesTheReportOfAPeriodItLivedIn() {
        directory.withClosedUnit("LB-OLD", "LB", LocalDate.of(2024, 3, 1));
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, new UnitId("LB-OLD"), ReportKind.YEARLY, 2024, null))
                .expectEvents(new ReportRequired(REPORT, new UnitId("LB-OLD"), ReportKind.YEARLY, 2024, null,
                        LocalDate.of(2024, 11, 30)));
    }

    @Test
    void cannotSubmitReportOnADayAfterItsUnitClosed() {
        directory.withClosedUnit("LB-PNV", "LB", LocalDate.of(2024, 6, 1));
        fixture.given(REQUIRED)
                .when(submitOn(LocalDate.of(2024, 6, 5)))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "submittedOn"))
                .expectNoEvents();
    }

    @Test
    void aReportMayBeSubmittedOnTheDayItsUnitClosed() {
        directory.withClosedUnit("LB-PNV", "LB", LocalDate.of(2024, 6, 1));
        fixture.given(REQUIRED)
                .when(submitOn(LocalDate.of(2024, 6, 1)))
                .expectEvents(submittedOn(LocalDate.of(2024, 6, 1), true));
    }

    @Test
    void cannotRequireReportOfAnUnknownUnit() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, new UnitId("HK-PNV"), ReportKind.YEARLY, 2024, null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitId"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotRequireReportUnderAnUnknownCampaign() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, 2024, new CampaignId("QTUX-2030")))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "campaignId"))
                .expectNoEvents();
    }

    @Test
    void cannotRequireReportWithoutKind() {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, null, 2024, null))
                .expectException(refused(Reason.INVALID, "REPORT_KIND_REQUIRED", "kind"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void cannotRequireReportForAYearOutOfRange(int year) {
        fixture.givenCurrentTime(MAY_DAY)
                .when(new RequireReport(REPORT, PHONG_NOI_VU, ReportKind.YEARLY, year, null))
                .expectException(refused(Reason.INVALID, "REPORT_YEAR_VALID", "year"))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitReportOnADayStillToCome() {
        fixture.givenCurrentTime(MAY_DAY)
                .andGiven(REQUIRED)
                .when(submitOn(LocalDate.of(2024, 5, 2)))
                .expectException(refused(Reason.INVALID, "REPORT_SUBMISSION_DATE_NOT_IN_FUTURE", "submittedOn"))
                .expectExceptionMessage("Ngày nộp báo cáo 2024-05-02 ở tương lai (hôm nay là 2024-05-01)")
                .expectNoEvents();
    }
}
