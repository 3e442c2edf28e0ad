package vn.thidua.ledger.command.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.hn3814;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.longBienUnits;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.number;
import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.PersonEvaluationId;
import vn.thidua.ledger.api.evaluation.PersonEvaluationReviewed;
import vn.thidua.ledger.api.evaluation.PersonSelfAssessed;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.criteria.InMemoryCriteriaSets;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class PersonEvaluationTest {

    /** Nguyễn Thị Thu Hương, Phòng Nội vụ quận Long Biên. */
    private static final PersonId HUONG = new PersonId("LB-PNV-01");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final Period MAY_2024 = Period.parse("2024-05");
    private static final PersonEvaluationId EVALUATION = PersonEvaluationId.of("LB-PNV-01.2024-05");
    private static final CriteriaSetId HN_3814 = new CriteriaSetId("HN-3814");
    private static final Map<String, BigDecimal> GOOD = scores("DISCIPLINE", "18", "TASKS", "62.5", "BONUS", "5");
    private static final Map<String, BigDecimal> EXCELLENT = scores("DISCIPLINE", "20", "TASKS", "69.99",
            "BONUS", "0.01");

    private FixtureConfiguration<PersonEvaluation> fixture;
    private InMemoryCriteriaSets criteriaSets;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonEvaluation.class);
        fixture.registerInjectableResource(directory = new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-PNV", "LB")
                .withUnit("LB-PNV-TDKT", "LB-PNV")
                .withPerson("LB-PNV-01", "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-TDKT-01", "LB-PNV-TDKT", PersonCategory.VIEN_CHUC, false));
        // 3814-QĐ/TU from July 2018, its software-era version from January 2022, and Long Biên's unit criteria
        criteriaSets = new InMemoryCriteriaSets().with(hn3814().build(),
                hn3814().version(2).effectiveFrom("2022-01-01").unconfirmed().build(), longBienUnits().build());
        fixture.registerInjectableResource(criteriaSets);
    }

    private static Map<String, BigDecimal> scores(String... codesAndPoints) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            scores.put(codesAndPoints[i], codesAndPoints[i + 1] == null ? null : number(codesAndPoints[i + 1]));
        }
        return scores;
    }

    private static EvaluatePerson evaluate(EvaluationStage stage, Map<String, BigDecimal> scores, String criteriaSet) {
        return new EvaluatePerson(HUONG, MAY_2024, stage, scores, criteriaSet == null ? null
                : CriteriaSetRef.parse(criteriaSet), null);
    }

    private static EvaluatePerson decide(Map<String, BigDecimal> scores) {
        return evaluate(null, scores, null);
    }

    private static PersonEvaluated decided(Map<String, BigDecimal> scores, int version) {
        return new PersonEvaluated(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, version, scores,
                null);
    }

    private void refusedAsInvalid(EvaluatePerson command, String rule, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, rule, field))
                .expectNoEvents();
    }

    private List<? extends DomainEventMessage<?>> storedEvents() {
        return fixture.getEventStore().readEvents(EVALUATION.toString()).asStream().toList();
    }

    // the stages

    @Test
    void cannotEvaluateAMonthBegunAfterThePersonWasDismissed() {
        directory.withSanction("VP-9", HUONG.value(), vn.thidua.ledger.api.violation.SanctionForm.BUOC_THOI_VIEC,
                java.time.LocalDate.of(2024, 4, 30));
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectException(refused(Reason.CONFLICT, "PERSON_DISMISSED", "period"))
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateAMonthThatEndedBeforeThePersonJoined() {
        directory.withJoinedOn(HUONG.value(), java.time.LocalDate.of(2024, 6, 3));
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectException(refused(Reason.CONFLICT, "PERSON_NOT_YET_IN_SERVICE", "period"))
                .expectNoEvents();
    }

    @Test
    void theMonthThePersonJoinedIsEvaluated() {
        directory.withJoinedOn(HUONG.value(), java.time.LocalDate.of(2024, 5, 31));
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theMonthOfTheDismissalIsStillEvaluated() {
        directory.withSanction("VP-9", HUONG.value(), vn.thidua.ledger.api.violation.SanctionForm.BUOC_THOI_VIEC,
                java.time.LocalDate.of(2024, 5, 1));
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void headDecisionIsTheDefaultStage() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, "Hoàn thành tốt nhiệm vụ"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonEvaluated(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                        GOOD, "Hoàn thành tốt nhiệm vụ"));
    }

    @Test
    void personAssessesThemself() {
        fixture.givenNoPriorActivity()
                .when(evaluate(EvaluationStage.SELF_ASSESSMENT, EXCELLENT, null))
                .expectEvents(new PersonSelfAssessed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                        EXCELLENT, null));
    }

    @Test
    void leaderReviewsWithoutASelfAssessmentFirst() {
        fixture.givenNoPriorActivity()
                .when(evaluate(EvaluationStage.LEADER_REVIEW, GOOD, null))
                .expectEvents(new PersonEvaluationReviewed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        HN_3814, 2, GOOD, null));
    }

    @Test
    void headDecidesAfterSelfAssessmentAndReview() {
        fixture.given(new PersonSelfAssessed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                                EXCELLENT, null),
                        new PersonEvaluationReviewed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                                GOOD, null))
                .when(decide(GOOD))
                .expectEvents(decided(GOOD, 2));
    }

    @Test
    void cannotAssessOneselfAfterTheHeadDecided() {
        fixture.given(decided(GOOD, 2))
                .when(evaluate(EvaluationStage.SELF_ASSESSMENT, EXCELLENT, null))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "EVALUATION_ALREADY_DECIDED", "stage"))
                .expectExceptionMessage("Thủ trưởng đã quyết định kết quả đánh giá tháng 2024-05; "
                        + "không thể tự đánh giá sau quyết định")
                .expectNoEvents();
    }

    @Test
    void cannotReviewAsLeaderAfterTheHeadDecided() {
        fixture.given(decided(GOOD, 2))
                .when(evaluate(EvaluationStage.LEADER_REVIEW, EXCELLENT, null))
                .expectException(refused(Reason.CONFLICT, "EVALUATION_ALREADY_DECIDED", "stage"))
                .expectExceptionMessage("Thủ trưởng đã quyết định kết quả đánh giá tháng 2024-05; "
                        + "không thể nhận xét, đánh giá của lãnh đạo sau quyết định")
                .expectNoEvents();
    }

    @Test
    void aLeadersReviewSentAgainUnchangedAfterTheDecisionStoresNothing() {
        fixture.given(new PersonEvaluationReviewed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                        GOOD, null), decided(GOOD, 2))
                .when(evaluate(EvaluationStage.LEADER_REVIEW, GOOD, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void eventRecordsTheUnitThePersonWorksIn() {
        PersonId tdkt = new PersonId("LB-TDKT-01");
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(tdkt, MAY_2024, null, GOOD, null, null))
                .expectEvents(new PersonEvaluated(PersonEvaluationId.of("LB-TDKT-01.2024-05"), tdkt,
                        new UnitId("LB-PNV-TDKT"), YearMonth.of(2024, 5), HN_3814, 2, GOOD, null));
    }

    // corrections

    @Test
    void secondDecisionIsRecordedAsACorrection() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        fixture.given(decided(GOOD, 2))
                .when(evaluate(null, EXCELLENT, null))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.HEAD_DECISION, HN_3814, 2, EXCELLENT, null, "ignored", 0, HN_3814, 2, GOOD));
    }

    @Test
    void decisionSentAgainUnchangedRecordsNothing() {
        // 62.50 is the 62.5 decided: a file sent twice adds no correction that corrects nothing
        fixture.given(decided(GOOD, 2))
                .when(decide(scores("DISCIPLINE", "18", "TASKS", "62.50", "BONUS", "5")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void decisionSentAgainWithACriterionLeftBlankInsteadOfZeroRecordsNothing() {
        // a criterion left out counts 0: the file's blank cell says what the 0 said
        fixture.given(decided(scores("DISCIPLINE", "18", "TASKS", "62.5", "BONUS", "0"), 2))
                .when(decide(scores("DISCIPLINE", "18", "TASKS", "62.5")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void decisionSentAgainWithAnotherNoteIsACorrection() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        fixture.given(decided(GOOD, 2))
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, "Bổ sung minh chứng"))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.HEAD_DECISION, HN_3814, 2, GOOD, "Bổ sung minh chứng", "ignored", 0, HN_3814,
                        2, GOOD));
    }

    @Test
    void aCorrectionNotGivingANoteAtAllKeepsTheNoteRecorded() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        PersonEvaluated noted = new PersonEvaluated(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                GOOD, "Hoàn thành tốt");
        // as a file without a note column corrects the scores
        fixture.given(noted)
                .when(new EvaluatePerson(HUONG, MAY_2024, null, EXCELLENT, null, null, true))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.HEAD_DECISION, HN_3814, 2, EXCELLENT, "Hoàn thành tốt", "ignored", 0,
                        HN_3814, 2, GOOD));
    }

    @Test
    void theSameScoresWithoutANoteGivenAtAllAreNoChange() {
        fixture.given(new PersonEvaluated(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2, GOOD,
                        "Hoàn thành tốt"))
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void correctionNamesTheEventItReplaces() {
        fixture.given(decided(GOOD, 2))
                .when(decide(EXCELLENT))
                .expectSuccessfulHandlerExecution();
        List<? extends DomainEventMessage<?>> stored = storedEvents();
        PersonEvaluationCorrected correction = (PersonEvaluationCorrected) stored.get(1).getPayload();
        assertThat(correction.corrects()).isEqualTo(stored.get(0).getIdentifier());
        assertThat(correction.correctsSequence()).isEqualTo(stored.get(0).getSequenceNumber());
    }

    @Test
    void correctionReplacesTheLatestSubmissionOfItsStage() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        Map<String, BigDecimal> third = scores("TASKS", "50");
        fixture.given(decided(GOOD, 2),
                        new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                                EvaluationStage.HEAD_DECISION, HN_3814, 2, EXCELLENT, null, "e-0", 0, HN_3814, 2, GOOD))
                .when(decide(third))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.HEAD_DECISION, HN_3814, 2, third, null, "ignored", 1, HN_3814, 2, EXCELLENT));
    }

    @Test
    void secondSelfAssessmentCorrectsTheFirstAndLeavesTheReviewAlone() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        fixture.given(new PersonSelfAssessed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                                EXCELLENT, null),
                        new PersonEvaluationReviewed(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5), HN_3814, 2,
                                GOOD, null))
                .when(evaluate(EvaluationStage.SELF_ASSESSMENT, GOOD, null))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.SELF_ASSESSMENT, HN_3814, 2, GOOD, null, "ignored", 0, HN_3814, 2, EXCELLENT));
    }

    @Test
    void correctionMayScoreUnderAnotherVersion() {
        fixture.registerIgnoredField(PersonEvaluationCorrected.class, "corrects");
        fixture.given(decided(GOOD, 2))
                .when(evaluate(null, GOOD, "HN-3814@1"))
                .expectEvents(new PersonEvaluationCorrected(EVALUATION, HUONG, PHONG_NOI_VU, YearMonth.of(2024, 5),
                        EvaluationStage.HEAD_DECISION, HN_3814, 1, GOOD, null, "ignored", 0, HN_3814, 2, GOOD));
    }

    // which criteria set

    @ParameterizedTest
    @ValueSource(strings = {"2021-12:1", "2022-01:2", "2018-07:1"})
    void personSetInForceForTheMonthIsTheDefault(String monthAndVersion) {
        String month = monthAndVersion.split(":")[0];
        int version = Integer.parseInt(monthAndVersion.split(":")[1]);
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, Period.parse(month), null, GOOD, null, null))
                .expectEvents(new PersonEvaluated(PersonEvaluationId.of("LB-PNV-01." + month), HUONG, PHONG_NOI_VU,
                        YearMonth.parse(month), HN_3814, version, GOOD, null));
    }

    @Test
    void namedSetWithoutVersionUsesTheVersionInForce() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, Period.parse("2021-12"), null, GOOD, CriteriaSetRef.parse("HN-3814"),
                        null))
                .expectEvents(new PersonEvaluated(PersonEvaluationId.of("LB-PNV-01.2021-12"), HUONG, PHONG_NOI_VU,
                        YearMonth.of(2021, 12), HN_3814, 1, GOOD, null));
    }

    @Test
    void pinnedVersionIsUsedEvenWhenANewerOneIsInForce() {
        fixture.givenNoPriorActivity()
                .when(evaluate(null, GOOD, "HN-3814@1"))
                .expectEvents(decided(GOOD, 1));
    }

    @Test
    void cannotScoreUnderAVersionThatTakesEffectAfterTheMonth() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, Period.parse("2021-11"), null, GOOD, CriteriaSetRef.parse("HN-3814@2"),
                        null))
                .expectException(refused(Reason.INVALID, "EVALUATION_CRITERIA_SET_IN_FORCE", "criteriaSet"))
                .expectExceptionMessage("Bộ tiêu chí HN-3814@2 có hiệu lực từ 2022-01-01, sau kỳ đánh giá 2021-11")
                .expectNoEvents();
    }

    @Test
    void cannotEvaluateBeforeAnyPersonSetTakesEffect() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, Period.parse("2018-06"), null, GOOD, null, null))
                .expectException(refused(Reason.INVALID, "EVALUATION_CRITERIA_SET_IN_FORCE", "criteriaSet"))
                .expectExceptionMessage("Chưa có bộ tiêu chí nào cho cá nhân có hiệu lực vào 2018-06-01; "
                        + "hãy nêu bộ tiêu chí")
                .expectNoEvents();
    }

    @Test
    void cannotGuessBetweenPersonSetsTakingEffectTheSameDay() {
        criteriaSets.with(hn3814().id("LB-3814").effectiveFrom("2022-01-01").build());
        refusedAsInvalid(decide(GOOD), "EVALUATION_CRITERIA_SET_AMBIGUOUS", "criteriaSet");
    }

    @Test
    void cannotScoreAPersonUnderAUnitCriteriaSet() {
        refusedAsInvalid(evaluate(null, GOOD, "LB-TAP-THE"), "EVALUATION_CRITERIA_SET_SUBJECT", "criteriaSet");
    }

    @Test
    void cannotScoreUnderAnUnknownCriteriaSet() {
        fixture.givenNoPriorActivity()
                .when(evaluate(null, GOOD, "HN-9999"))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "criteriaSet"))
                .expectExceptionMessage("Không tìm thấy bộ tiêu chí HN-9999 (criteriaSet)")
                .expectNoEvents();
    }

    @Test
    void cannotScoreUnderAnUnknownVersion() {
        fixture.givenNoPriorActivity()
                .when(evaluate(null, GOOD, "HN-3814@7"))
                .expectException(refused(Reason.NOT_FOUND, "CRITERIA_SET_VERSION_EXISTS", "criteriaSet"))
                .expectNoEvents();
    }

    // the scores

    @Test
    void pointsAboveTheCriterionMaximumAreKeptAsGiven() {
        // API.md scores Σ min(points, max): the scoring counts 70, the record keeps what the evaluator gave
        Map<String, BigDecimal> above = scores("DISCIPLINE", "20", "TASKS", "70.01");
        fixture.givenNoPriorActivity()
                .when(decide(above))
                .expectEvents(decided(above, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-1000000000", "62.12345"})
    void pointsHaveAtMostFourDecimals(String points) {
        refusedAsInvalid(decide(scores("TASKS", points)), "EVALUATION_POINTS_PRECISION", "scores.TASKS");
    }

    @Test
    void aHugeNumberIsOutOfRangeWhateverItsNotation() {
        refusedAsInvalid(decide(scores("TASKS", "1E+20")), "EVALUATION_POINTS_PRECISION", "scores.TASKS");
    }

    @Test
    void everyRefusedScoreIsReportedTogether() {
        fixture.givenNoPriorActivity()
                .when(decide(scores("DISCIPLINE", "-2", "FOO", "1", "TASKS", "-3")))
                .expectException(refused(Reason.INVALID, "EVALUATION_POINTS_NOT_NEGATIVE", "scores.DISCIPLINE"))
                .expectException(new TypeSafeMatcher<RefusedException>() {
                    @Override
                    protected boolean matchesSafely(RefusedException refusal) {
                        return refusal.fields().stream().map(f -> f.field() + " " + f.rule()).toList().equals(List.of(
                                "scores.DISCIPLINE EVALUATION_POINTS_NOT_NEGATIVE",
                                "scores.FOO EVALUATION_CRITERION_KNOWN",
                                "scores.TASKS EVALUATION_POINTS_NOT_NEGATIVE"));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("the three refused scores, in their order");
                    }
                })
                .expectNoEvents();
    }

    @Test
    void cannotScoreNegativePoints() {
        refusedAsInvalid(decide(scores("DISCIPLINE", "-1")), "EVALUATION_POINTS_NOT_NEGATIVE", "scores.DISCIPLINE");
    }

    @Test
    void pointsOnTheMaximumAreAccepted() {
        Map<String, BigDecimal> full = scores("DISCIPLINE", "20", "TASKS", "70", "BONUS", "10");
        fixture.givenNoPriorActivity()
                .when(decide(full))
                .expectEvents(decided(full, 2));
    }

    @Test
    void cannotScoreACriterionTheSetDoesNotHave() {
        refusedAsInvalid(decide(scores("TASKS", "60", "SATISFACTION", "15")), "EVALUATION_CRITERION_KNOWN",
                "scores.SATISFACTION");
    }

    @Test
    void criterionCannotBeGivenWithoutPoints() {
        refusedAsInvalid(decide(scores("TASKS", null)), "EVALUATION_POINTS_REQUIRED", "scores.TASKS");
    }

    @Test
    void scoresAreRequired() {
        refusedAsInvalid(decide(null), "EVALUATION_SCORES_REQUIRED", "scores");
    }

    @Test
    void cannotEvaluateWithoutASingleScore() {
        refusedAsInvalid(decide(Map.of()), "EVALUATION_SCORES_REQUIRED", "scores");
    }

    @Test
    void criteriaLeftOutAreRecordedAsLeftOut() {
        fixture.givenNoPriorActivity()
                .when(decide(scores("TASKS", "60")))
                .expectEvents(decided(scores("TASKS", "60"), 2));
    }

    @Test
    void scoresAreRecordedExactlyInTheOrderOfTheCriteria() {
        fixture.givenNoPriorActivity()
                .when(decide(scores("BONUS", "0.01", "TASKS", "69.99", "DISCIPLINE", "20.0")))
                .expectSuccessfulHandlerExecution();
        PersonEvaluated event = (PersonEvaluated) storedEvents().get(0).getPayload();
        assertThat(event.scores().keySet()).containsExactly("DISCIPLINE", "TASKS", "BONUS");
        assertThat(event.scores().get("TASKS")).hasToString("69.99");
        assertThat(event.scores().get("DISCIPLINE")).hasToString("20.0");
    }

    @Test
    void criteriaOfTheResolvedVersionAreTheOnesChecked() {
        criteriaSets.with(hn3814().version(3).effectiveFrom("2024-01-01")
                .criteria(new Criterion("GENERAL", number("30")), new Criterion("TASKS", number("70"))).build());
        refusedAsInvalid(decide(scores("DISCIPLINE", "20")), "EVALUATION_CRITERION_KNOWN", "scores.DISCIPLINE");
    }

    // subject and period

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q2", "2024", "2024-05-01..2024-05-30", "2024-05-17"})
    void evaluationCoversExactlyOneMonth(String period) {
        refusedAsInvalid(new EvaluatePerson(HUONG, Period.parse(period), null, GOOD, null, null),
                "EVALUATION_PERIOD_MONTH", "period");
    }

    @Test
    void monthWrittenAsARangeIsThatMonth() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(HUONG, Period.parse("2024-05-01..2024-05-31"), null, GOOD, null, null))
                .expectEvents(decided(GOOD, 2));
    }

    @Test
    void cannotEvaluateAnUnknownPerson() {
        fixture.givenNoPriorActivity()
                .when(new EvaluatePerson(new PersonId("LB-PNV-99"), MAY_2024, null, GOOD, null, null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "personId"))
                .expectExceptionMessage("Không tìm thấy người LB-PNV-99 (personId)")
                .expectNoEvents();
    }

    @Test
    void scoresMapMayNotBeChangedAfterwards() {
        Map<String, BigDecimal> mutable = new HashMap<>(GOOD);
        EvaluatePerson command = decide(mutable);
        mutable.put("TASKS", number("1"));
        assertThat(command.scores()).isEqualTo(GOOD);
    }

    @Test
    void cannotEvaluateAPersonForAMonthNotBegunInVietnam() {
        fixture.givenCurrentTime(Instant.parse("2024-04-30T16:59:00Z"))
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectException(refused(Reason.INVALID, "EVALUATION_PERIOD_BEGUN", "period"))
                .expectNoEvents();
        // 17:00 UTC on 30 April is midnight on 1 May in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-04-30T17:00:00Z"))
                .when(new EvaluatePerson(HUONG, MAY_2024, null, GOOD, null, null))
                .expectSuccessfulHandlerExecution();
    }
}
