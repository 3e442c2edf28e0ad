package vn.thidua.ledger.command.survey;

import java.time.LocalDate;
import static vn.thidua.ledger.command.directory.Refusals.refused;
import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.survey.CorrectSurvey;
import vn.thidua.ledger.api.survey.RecordSurvey;
import vn.thidua.ledger.api.survey.SurveyCorrected;
import vn.thidua.ledger.api.survey.SurveyId;
import vn.thidua.ledger.api.survey.SurveyRecorded;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class SurveyTest {

    private static final SurveyId SURVEY = new SurveyId("KS-LB-BPMC-2024-H1");
    /** Bộ phận tiếp nhận và trả kết quả (một cửa) quận Long Biên. */
    private static final UnitId MOT_CUA = new UnitId("LB-BPMC");
    private static final SurveyRecorded RECORDED =
            new SurveyRecorded(SURVEY, MOT_CUA, "2024-H1", 250, 231, "SIPAS", "Phiếu khảo sát tại Bộ phận một cửa");

    private FixtureConfiguration<Survey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Survey.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-BPMC", "LB")
                .withClosedUnit("LB-SN", "LB", LocalDate.of(2024, 6, 30)));
    }

    private static RecordSurvey record(int respondents, int satisfied) {
        return new RecordSurvey(SURVEY, MOT_CUA, "2024-H1", respondents, satisfied, "SIPAS",
                "Phiếu khảo sát tại Bộ phận một cửa");
    }

    @Test
    void recordsSurveyOfAUnitForAPeriod() {
        fixture.givenNoPriorActivity()
                .when(record(250, 231))
                .expectSuccessfulHandlerExecution()
                .expectEvents(RECORDED);
    }

    @Test
    void blankMethodAndNoteAreRecordedAsAbsent() {
        fixture.givenNoPriorActivity()
                .when(new RecordSurvey(SURVEY, MOT_CUA, "2024-Q2", 40, 38, " ", ""))
                .expectEvents(new SurveyRecorded(SURVEY, MOT_CUA, "2024-Q2", 40, 38, null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 250})
    void satisfiedMayBeNobodyOrEverybody(int satisfied) {
        fixture.givenNoPriorActivity()
                .when(record(250, satisfied))
                .expectEvents(new SurveyRecorded(SURVEY, MOT_CUA, "2024-H1", 250, satisfied, "SIPAS",
                        "Phiếu khảo sát tại Bộ phận một cửa"));
    }

    @Test
    void cannotRecordSurveyWithoutUnit() {
        fixture.givenNoPriorActivity()
                .when(new RecordSurvey(SURVEY, null, "2024-H1", 250, 231, null, null))
                .expectException(refused(Reason.INVALID, "SURVEY_UNIT_REQUIRED", "unitId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordSurveyForUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(new RecordSurvey(SURVEY, new UnitId("HK-BPMC"), "2024-H1", 250, 231, null, null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitId"))
                .expectExceptionMessage("Không tìm thấy đơn vị HK-BPMC (unitId)")
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "nửa đầu năm 2024", "2024-06-30..2024-01-01"})
    void cannotRecordSurveyForAnInvalidPeriod(String period) {
        fixture.givenNoPriorActivity()
                .when(new RecordSurvey(SURVEY, MOT_CUA, period, 250, 231, null, null))
                .expectException(refused(Reason.INVALID, "PERIOD_VALID", "period"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void cannotRecordSurveyWithoutRespondents(int respondents) {
        fixture.givenNoPriorActivity()
                .when(record(respondents, 0))
                .expectException(refused(Reason.INVALID, "SURVEY_RESPONDENTS_POSITIVE", "respondents"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordMoreSatisfiedThanRespondents() {
        fixture.givenNoPriorActivity()
                .when(record(250, 251))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied"))
                .expectExceptionMessage("Số người hài lòng (251) phải từ 0 đến số người được khảo sát (250)")
                .expectNoEvents();
    }

    @Test
    void cannotRecordANegativeNumberSatisfied() {
        fixture.givenNoPriorActivity()
                .when(record(250, -1))
                .expectException(refused(Reason.INVALID, "SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied"))
                .expectNoEvents();
    }

    @Test
    void correctionRecordsNewFiguresWithTheSurveysUnitAndPeriod() {
        fixture.given(RECORDED)
                .when(new CorrectSurvey(SURVEY, 248, 229, " Nhập trùng 2 phiếu khảo sát "))
                .expectEvents(new SurveyCorrected(SURVEY, MOT_CUA, "2024-H1", 248, 229, "Nhập trùng 2 phiếu khảo sát"));
    }

    @Test
    void cannotCorrectWithoutReason() {
        fixture.given(RECORDED)
                .when(new CorrectSurvey(SURVEY, 248, 229, "  "))
                .expectException(refused(Reason.INVALID, "SURVEY_CORRECTION_REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectToMoreSatisfiedThanRespondents() {
        fixture.given(RECORDED)
                .when(new CorrectSurvey(SURVEY, 200, 231, "Sai số người được khảo sát"))
                .expectException(refused(Reason.INVALID, "SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionToTheFiguresInForceRecordsNothing() {
        fixture.given(RECORDED, new SurveyCorrected(SURVEY, MOT_CUA, "2024-H1", 248, 229, "Nhập trùng"))
                .when(new CorrectSurvey(SURVEY, 248, 229, "Nhập lại"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRecordASurveyOfAPeriodNotBegun() {
        // 17:30 UTC on 30 June is already 1 July in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new RecordSurvey(SURVEY, MOT_CUA, "2024-H2", 40, 38, null, null))
                .expectSuccessfulHandlerExecution();
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new RecordSurvey(SURVEY, MOT_CUA, "2024-08", 40, 38, null, null))
                .expectException(refusedBy("SURVEY_PERIOD_BEGUN"))
                .expectNoEvents();
    }

    @Test
    void cannotSurveyAUnitForAPeriodThatBeganAfterItWasClosed() {
        fixture.givenNoPriorActivity()
                .when(new RecordSurvey(SURVEY, new UnitId("LB-SN"), "2024-H2", 100, 90, "SIPAS", null))
                .expectException(refusedBy("UNIT_CLOSED"))
                .expectNoEvents();
    }
}
