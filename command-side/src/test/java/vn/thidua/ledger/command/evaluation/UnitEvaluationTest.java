package vn.thidua.ledger.command.evaluation;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.hn3814;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.longBienUnits;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.number;
import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.evaluation.EvaluateUnit;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.evaluation.UnitEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.UnitEvaluationId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.criteria.InMemoryCriteriaSets;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class UnitEvaluationTest {

    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final Period Q2_2024 = Period.parse("2024-Q2");
    private static final UnitEvaluationId EVALUATION = UnitEvaluationId.of("LB-PNV.2024-04-01_2024-06-30");
    private static final CriteriaSetId LB_TAP_THE = new CriteriaSetId("LB-TAP-THE");
    private static final Map<String, BigDecimal> SCORES = scores("GENERAL", "18", "ADMIN_REFORM", "27.5",
            "OFFICE", "29.99");
    private static final Map<String, BigDecimal> CORRECTED = scores("GENERAL", "19", "ADMIN_REFORM", "27.5",
            "OFFICE", "29.99");

    private FixtureConfiguration<UnitEvaluation> fixture;
    private InMemoryCriteriaSets criteriaSets;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitEvaluation.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-PNV", "LB")
                .withClosedUnit("LB-SN", "LB", LocalDate.of(2024, 5, 15)));
        criteriaSets = new InMemoryCriteriaSets().with(longBienUnits().build(), hn3814().build());
        fixture.registerInjectableResource(criteriaSets);
    }

    private static Map<String, BigDecimal> scores(String... codesAndPoints) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            scores.put(codesAndPoints[i], number(codesAndPoints[i + 1]));
        }
        return scores;
    }

    private static EvaluateUnit evaluate(Map<String, BigDecimal> scores, String criteriaSet) {
        return new EvaluateUnit(PHONG_NOI_VU, Q2_2024, scores,
                criteriaSet == null ? null : CriteriaSetRef.parse(criteriaSet), null);
    }

    private static UnitEvaluated evaluated(Map<String, BigDecimal> scores) {
        return new UnitEvaluated(EVALUATION, PHONG_NOI_VU, "2024-Q2", LB_TAP_THE, 1, scores, null);
    }

    private void refusedAsInvalid(EvaluateUnit command, String rule, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, rule, field))
                .expectNoEvents();
    }

    @Test
    void evaluatesAUnitForAQuarterUnderTheUnitSetInForce() {
        fixture.givenNoPriorActivity()
                .when(new EvaluateUnit(PHONG_NOI_VU, Q2_2024, SCORES, null, "Đánh giá quý II"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitEvaluated(EVALUATION, PHONG_NOI_VU, "2024-Q2", LB_TAP_THE, 1,
                        SCORES, "Đánh giá quý II"));
    }

    @Test
    void evaluatesAUnitForAYear() {
        fixture.givenNoPriorActivity()
                .when(new EvaluateUnit(PHONG_NOI_VU, Period.parse("2024"), SCORES, CriteriaSetRef.parse("LB-TAP-THE@1"),
                        null))
                .expectEvents(new UnitEvaluated(UnitEvaluationId.of("LB-PNV.2024"), PHONG_NOI_VU, "2024", LB_TAP_THE,
                        1, SCORES, null));
    }

    @Test
    void secondEvaluationOfThePeriodIsRecordedAsACorrection() {
        fixture.registerIgnoredField(UnitEvaluationCorrected.class, "corrects");
        fixture.given(evaluated(SCORES))
                .when(evaluate(CORRECTED, null))
                .expectEvents(new UnitEvaluationCorrected(EVALUATION, PHONG_NOI_VU, "2024-Q2",
                        LB_TAP_THE, 1, CORRECTED, null, "ignored", 0, LB_TAP_THE, 1, SCORES));
    }

    @Test
    void evaluationSentAgainUnchangedRecordsNothing() {
        fixture.given(evaluated(SCORES))
                .when(evaluate(SCORES, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void correctionNamesTheEventItReplaces() {
        fixture.given(evaluated(SCORES))
                .when(evaluate(CORRECTED, null))
                .expectSuccessfulHandlerExecution();
        List<? extends DomainEventMessage<?>> stored = fixture.getEventStore().readEvents(EVALUATION.toString())
                .asStream().toList();
        UnitEvaluationCorrected correction = (UnitEvaluationCorrected) stored.get(1).getPayload();
        assertThat(correction.corrects()).isEqualTo(stored.get(0).getIdentifier());
        assertThat(correction.correctsSequence()).isZero();
    }

    @Test
    void satisfactionIsDerivedFromSurveysNotEntered() {
        fixture.givenNoPriorActivity()
                .when(evaluate(scores("GENERAL", "18", "SATISFACTION", "20"), null))
                .expectException(refused(Reason.INVALID, "EVALUATION_CRITERION_DERIVED", "scores.SATISFACTION"))
                .expectExceptionMessage("Điểm tiêu chí SATISFACTION được tính từ khảo sát sự hài lòng, không nhập tay")
                .expectNoEvents();
    }

    @Test
    void cannotScoreAUnitUnderAPersonCriteriaSet() {
        refusedAsInvalid(evaluate(SCORES, "HN-3814@1"), "EVALUATION_CRITERIA_SET_SUBJECT", "criteriaSet");
    }

    @Test
    void cannotEvaluateBeforeAnyUnitSetTakesEffect() {
        refusedAsInvalid(new EvaluateUnit(PHONG_NOI_VU, Period.parse("2018"), SCORES, null, null),
                "EVALUATION_CRITERIA_SET_IN_FORCE", "criteriaSet");
    }

    @Test
    void cannotScoreNegativePoints() {
        refusedAsInvalid(evaluate(scores("OFFICE", "-0.5"), null), "EVALUATION_POINTS_NOT_NEGATIVE", "scores.OFFICE");
    }

    @Test
    void cannotScoreACriterionTheSetDoesNotHave() {
        refusedAsInvalid(evaluate(scores("TASKS", "50"), null), "EVALUATION_CRITERION_KNOWN", "scores.TASKS");
    }

    @Test
    void cannotEvaluateAnUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(new EvaluateUnit(new UnitId("LB-PYT"), Q2_2024, SCORES, null, null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitId"))
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateAUnitForAPeriodNotBegunInVietnam() {
        // 17:30 UTC on 30 June is already 1 July in Vietnam: the third quarter has begun, the fourth has not
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new EvaluateUnit(PHONG_NOI_VU, Period.parse("2024-Q4"), SCORES, null, null))
                .expectException(refused(Reason.INVALID, "EVALUATION_PERIOD_BEGUN", "period"))
                .expectExceptionMessage("Kỳ đánh giá 2024-10-01..2024-12-31 chưa bắt đầu (hôm nay là 2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void unitMayBeEvaluatedForAPeriodBegunTodayInVietnam() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new EvaluateUnit(PHONG_NOI_VU, Period.parse("2024-Q3"), SCORES, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotEvaluateAUnitForAPeriodThatBeganAfterItWasClosed() {
        fixture.givenNoPriorActivity()
                .when(new EvaluateUnit(new UnitId("LB-SN"), Period.parse("2024-Q3"), SCORES, null, null))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "unitId"))
                .expectNoEvents();
    }

    @Test
    void aClosedUnitIsStillEvaluatedForThePeriodItWasClosedIn() {
        fixture.givenNoPriorActivity()
                .when(new EvaluateUnit(new UnitId("LB-SN"), Q2_2024, SCORES, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotEvaluateAUnitWithoutASingleScore() {
        refusedAsInvalid(evaluate(Map.of(), null), "EVALUATION_SCORES_REQUIRED", "scores");
    }
}
