package vn.thidua.ledger.command.criteria;

import static org.hamcrest.Matchers.startsWith;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.hn3814;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.longBienUnits;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.number;
import static vn.thidua.ledger.command.directory.Refusals.refused;
import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.Band;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;
import vn.thidua.ledger.api.criteria.PublishCriteriaSet;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.criteria.SanctionCap;
import vn.thidua.ledger.api.criteria.ViolationPenalty;

class CriteriaSetVersionsTest {

    private FixtureConfiguration<CriteriaSetVersions> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CriteriaSetVersions.class);
    }

    private static PublishCriteriaSet publish(CriteriaSetDraft draft) {
        return new PublishCriteriaSet(draft.build());
    }

    private static CriteriaSetPublished published(CriteriaSetDraft draft) {
        return new CriteriaSetPublished(draft.build());
    }

    private void refusedAsInvalid(CriteriaSetDraft draft, String rule, String field) {
        fixture.givenNoPriorActivity()
                .when(publish(draft))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, rule, field))
                .expectNoEvents();
    }

    // publishing and versions

    @Test
    void publishesTheFirstVersionWithItsWholeDefinition() {
        fixture.givenNoPriorActivity()
                .when(publish(hn3814()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(published(hn3814()));
    }

    @Test
    void publishesAHigherVersionOfTheSameSet() {
        CriteriaSetDraft amended = hn3814().version(2).effectiveFrom("2022-01-01").unconfirmed();
        fixture.given(published(hn3814()))
                .when(publish(amended))
                .expectEvents(published(amended));
    }

    @Test
    void versionNumbersMaySkip() {
        fixture.given(published(hn3814()))
                .when(publish(hn3814().version(3)))
                .expectEvents(published(hn3814().version(3)));
    }

    @Test
    void exactDecimalsArePublishedUnchanged() {
        CriteriaSetDraft edges = hn3814().bands(new Band("A", number("89.99")), new Band("B", number("69.990")),
                new Band("C", number("0.5")), new Band("D", number("0")));
        CriteriaSet expected = edges.build();
        fixture.givenNoPriorActivity()
                .when(publish(edges))
                .expectEvents(new CriteriaSetPublished(expected));
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        CriteriaSetDraft bare = hn3814().quota(null).violationPenalty().sanctionCap(null);
        fixture.givenNoPriorActivity()
                .when(publish(bare))
                .expectEvents(published(bare));
    }

    @Test
    void publishedVersionIsNeverEdited() {
        fixture.given(published(hn3814()))
                .when(publish(hn3814().effectiveFrom("2019-01-01")))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "CRITERIA_SET_VERSION_PUBLISHED", "version"))
                .expectExceptionMessage(
                        "Phiên bản HN-3814@1 đã được ban hành và không được sửa; hãy ban hành phiên bản 2")
                .expectNoEvents();
    }

    @Test
    void newVersionMustBeHigherThanEveryPublishedOne() {
        fixture.given(published(hn3814()), published(hn3814().version(3)))
                .when(publish(hn3814().version(2)))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "CRITERIA_SET_VERSION_ORDER", "version"))
                .expectNoEvents();
    }

    @Test
    void subjectCannotChangeBetweenVersions() {
        fixture.given(published(hn3814()))
                .when(publish(hn3814().version(2).subject(CriteriaSubject.UNIT)))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.CONFLICT, "CRITERIA_SET_SUBJECT_UNCHANGED", "subject"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void versionMustStartAtOne(int version) {
        refusedAsInvalid(hn3814().version(version), "CRITERIA_SET_VERSION_POSITIVE", "version");
    }

    @Test
    void subjectIsRequired() {
        refusedAsInvalid(hn3814().subject(null), "CRITERIA_SET_SUBJECT_REQUIRED", "subject");
    }

    @Test
    void effectiveDateIsRequired() {
        refusedAsInvalid(hn3814().effectiveFrom(null), "CRITERIA_SET_EFFECTIVE_FROM_REQUIRED", "effectiveFrom");
    }

    // criteria

    @Test
    void criteriaMustNotBeEmpty() {
        refusedAsInvalid(hn3814().criteria(), "CRITERIA_SET_CRITERIA_REQUIRED", "criteria");
    }

    @Test
    void criterionCodesMustBeUnique() {
        refusedAsInvalid(hn3814().criterion(new Criterion("TASKS", number("5"))),
                "CRITERIA_SET_CRITERION_CODE_UNIQUE", "criteria[3].code");
        // a file's headings are read in any letter case: "tasks" beside "TASKS" could never be imported
        refusedAsInvalid(hn3814().criterion(new Criterion("tasks", number("5"))),
                "CRITERIA_SET_CRITERION_CODE_UNIQUE", "criteria[3].code");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Kỷ luật", "TASKS 2"})
    void criterionCodeMustBeWellFormed(String code) {
        refusedAsInvalid(hn3814().criterion(new Criterion(code, number("5"))),
                "CRITERIA_SET_CRITERION_CODE_FORMAT", "criteria[3].code");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "-5", "0.00"})
    void criterionMaximumMustBePositive(String max) {
        refusedAsInvalid(hn3814().criterion(new Criterion("EXTRA", max == null ? null : number(max))),
                "CRITERIA_SET_CRITERION_MAX_POSITIVE", "criteria[3].max");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00001", "1E+8", "1E+1000000000", "12345678"})
    void criterionMaximumMustBeAReasonableNumber(String max) {
        refusedAsInvalid(hn3814().criterion(new Criterion("EXTRA", number(max))),
                "CRITERIA_SET_NUMBER_PRECISION", "criteria[3].max");
    }

    @Test
    void bandMinimumMustBeAReasonableNumber() {
        refusedAsInvalid(hn3814().bands(new Band("A", number("90")), new Band("B", number("-1E-1000000000"))),
                "CRITERIA_SET_NUMBER_PRECISION", "bands[1].min");
    }

    @Test
    void quotaShareMustBeAReasonableNumber() {
        refusedAsInvalid(hn3814().quota(new Quota("A", number("0.333333"), "B")),
                "CRITERIA_SET_NUMBER_PRECISION", "quota.maxShare");
    }

    @Test
    void penaltyPointsMustBeAReasonableNumber() {
        refusedAsInvalid(hn3814().violationPenalty(new ViolationPenalty("NK-", number("0.12345"))),
                "CRITERIA_SET_NUMBER_PRECISION", "violationPenalty[0].points");
    }

    @Test
    void surveyCriterionIsOnlyForUnits() {
        refusedAsInvalid(hn3814().criterion(new Criterion("SATISFACTION", number("20"), null, CriterionSource.SURVEY)),
                "CRITERIA_SET_SURVEY_FOR_UNITS", "criteria[3].source");
    }

    @Test
    void unitSetMayDeriveSatisfactionFromSurveys() {
        fixture.givenNoPriorActivity()
                .when(publish(longBienUnits()))
                .expectEvents(published(longBienUnits()));
    }

    // bands

    @Test
    void bandsMustNotBeEmpty() {
        refusedAsInvalid(hn3814().bands(), "CRITERIA_SET_BANDS_REQUIRED", "bands");
    }

    @Test
    void bandLevelsMustBeUnique() {
        refusedAsInvalid(hn3814().bands(new Band("A", number("90")), new Band("A", number("70"))),
                "CRITERIA_SET_BAND_LEVEL_UNIQUE", "bands[1].level");
    }

    @Test
    void bandLevelMustBeWellFormed() {
        refusedAsInvalid(hn3814().bands(new Band("Xuất sắc", number("90"))),
                "CRITERIA_SET_BAND_LEVEL_FORMAT", "bands[0].level");
    }

    @Test
    void bandMinimumIsRequired() {
        refusedAsInvalid(hn3814().bands(new Band("A", number("90")), new Band("B", null)),
                "CRITERIA_SET_BAND_MIN_REQUIRED", "bands[1].min");
    }

    @ParameterizedTest
    @ValueSource(strings = {"70", "70.00", "75"})
    void bandsMustBeStrictlyOrdered(String min) {
        refusedAsInvalid(hn3814().bands(new Band("A", number("90")), new Band("B", number("70")),
                        new Band("C", number(min)), new Band("D", number("0"))),
                "CRITERIA_SET_BANDS_ORDERED", "bands[2].min");
    }

    @Test
    void lowestBandMustStartAtZero() {
        // 10 points would reach no band: 90 and 50 are the only mins
        refusedAsInvalid(hn3814().bands(new Band("A", number("90")), new Band("B", number("50")))
                .quota(null).sanctionCap(null), "CRITERIA_SET_BANDS_FROM_ZERO", "bands[1].min");
    }

    @Test
    void lowestBandMustNotStartBelowZero() {
        // a score of −25 (penalties) would reach no band of mins 10 and −5, yet be classified in the lowest
        refusedAsInvalid(hn3814().bands(new Band("A", number("10")), new Band("B", number("-5")))
                .quota(null).sanctionCap(null), "CRITERIA_SET_BANDS_FROM_ZERO", "bands[1].min");
    }

    // quota

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "-0.1", "1.01", "30"})
    void quotaShareMustBeWithinZeroAndOne(String share) {
        refusedAsInvalid(hn3814().quota(new Quota("A", share == null ? null : number(share), "B")),
                "CRITERIA_SET_QUOTA_SHARE", "quota.maxShare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.29", "1.01"})
    void exceptionalUnitsShareIsNoSmallerThanTheUsualOneAndAtMostTheWhole(String share) {
        refusedAsInvalid(hn3814().quota(new Quota("A", number("0.30"), "B", Quota.CLASSIFIED, number(share))),
                "CRITERIA_SET_QUOTA_EXCEPTIONAL_SHARE", "quota.exceptionalMaxShare");
    }

    @Test
    void exceptionalUnitsShareIsPublishedWithTheQuota() {
        CriteriaSetDraft hanoi = hn3814().quota(new Quota("A", number("0.30"), "B", Quota.CLASSIFIED, number("0.40")));
        fixture.givenNoPriorActivity()
                .when(publish(hanoi))
                .expectEvents(published(hanoi));
    }

    @Test
    void quotaShareMayBeTheWhole() {
        CriteriaSetDraft whole = hn3814().quota(new Quota("A", number("1"), "B"));
        fixture.givenNoPriorActivity()
                .when(publish(whole))
                .expectEvents(published(whole));
    }

    @Test
    void quotaLevelMustBeOneOfTheBands() {
        refusedAsInvalid(hn3814().quota(new Quota("HTXS", number("0.2"), "B")),
                "CRITERIA_SET_QUOTA_LEVEL_KNOWN", "quota.level");
    }

    @Test
    void quotaWithoutALevelIsToldToNameOne() {
        fixture.givenNoPriorActivity()
                .when(publish(hn3814().quota(new Quota(null, number("0.2"), "B"))))
                .expectException(refused(Reason.INVALID, "CRITERIA_SET_QUOTA_LEVEL_KNOWN", "quota.level"))
                .expectExceptionMessage(startsWith("Phải nêu mức xếp loại"))
                .expectNoEvents();
    }

    @Test
    void quotaDemotionMustBeOneOfTheBands() {
        refusedAsInvalid(hn3814().quota(new Quota("A", number("0.2"), "HTT")),
                "CRITERIA_SET_QUOTA_LEVEL_KNOWN", "quota.demoteTo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "C"})
    void quotaMustDemoteToALowerLevel(String level) {
        refusedAsInvalid(hn3814().quota(new Quota(level, number("0.2"), level.equals("A") ? "A" : "B")),
                "CRITERIA_SET_QUOTA_DEMOTES_DOWN", "quota.demoteTo");
    }

    @Test
    void quotaMayBeAShareOfThoseRatedAtAnotherLevel() {
        // Decree 335/2025: HTXS at most 20% of those rated HTT
        CriteriaSetDraft decree335 = hn3814().id("ND-335").effectiveFrom("2026-01-01")
                .criteria(new Criterion("GENERAL", number("30")), new Criterion("TASKS", number("70")))
                .bands(new Band("HTXS", number("90"), "Hoàn thành xuất sắc nhiệm vụ"),
                        new Band("HTT", number("70"), "Hoàn thành tốt nhiệm vụ"),
                        new Band("HT", number("50"), "Hoàn thành nhiệm vụ"),
                        new Band("KHT", number("0"), "Không hoàn thành nhiệm vụ"))
                .quota(new Quota("HTXS", number("0.20"), "HTT", "LEVEL:HTT"))
                .violationPenalty()
                .sanctionCap(new SanctionCap("KHIEN_TRACH", "KHT"));
        fixture.givenNoPriorActivity()
                .when(publish(decree335))
                .expectEvents(published(decree335));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EVERYONE", "LEVEL:", "LEVEL:HTT", "LEVEL:A", "level:B"})
    void quotaBaseMustBeThePeopleClassifiedOrAnotherLevel(String base) {
        refusedAsInvalid(hn3814().quota(new Quota("A", number("0.3"), "B", base)),
                "CRITERIA_SET_QUOTA_BASE", "quota.base");
    }

    // violation penalties and the sanction cap

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "-5"})
    void penaltyPointsMustBePositive(String points) {
        refusedAsInvalid(hn3814().violationPenalty(new ViolationPenalty("NK-", points == null ? null : number(points))),
                "CRITERIA_SET_PENALTY_POINTS_POSITIVE", "violationPenalty[0].points");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void penaltyNamesTheRulesItAppliesTo(String prefix) {
        refusedAsInvalid(hn3814().violationPenalty(new ViolationPenalty(prefix, number("5"))),
                "CRITERIA_SET_PENALTY_PREFIX_REQUIRED", "violationPenalty[0].rulePrefix");
    }

    @Test
    void penaltyPrefixesMustBeUnique() {
        refusedAsInvalid(hn3814().violationPenalty(new ViolationPenalty("NK-", number("5")),
                        new ViolationPenalty("NK-", number("10"))),
                "CRITERIA_SET_PENALTY_PREFIX_UNIQUE", "violationPenalty[1].rulePrefix");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"DUOI_VIEC", "khien_trach"})
    void sanctionCapFormMustBeASanctionForm(String form) {
        refusedAsInvalid(hn3814().sanctionCap(new SanctionCap(form, "D")),
                "CRITERIA_SET_SANCTION_FORM_KNOWN", "sanctionCap.minForm");
    }

    @Test
    void sanctionCapLevelMustBeOneOfTheBands() {
        refusedAsInvalid(hn3814().sanctionCap(new SanctionCap("CANH_CAO", "KHTNV")),
                "CRITERIA_SET_CAP_LEVEL_KNOWN", "sanctionCap.maxLevel");
    }

    @Test
    void refusalsNameTheirRule() {
        fixture.givenNoPriorActivity()
                .when(publish(hn3814().bands(new Band("A", number("70")), new Band("B", number("90")))))
                .expectException(refusedBy("CRITERIA_SET_BANDS_ORDERED"))
                .expectExceptionMessage("Điểm tối thiểu của mức B (90) phải thấp hơn của mức A đứng trước (70); "
                        + "các mức xếp từ cao xuống thấp");
    }
}
