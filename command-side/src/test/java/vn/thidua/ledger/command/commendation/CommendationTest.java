package vn.thidua.ledger.command.commendation;

import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.ApproveCommendation;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationReinstated;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.ProposeCommendation;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.commendation.ReinstateCommendation;
import vn.thidua.ledger.api.commendation.RejectCommendation;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class CommendationTest {

    private static final CommendationId COMMENDATION = new CommendationId("KT-2024-LB-PNV-001");
    private static final CampaignId NKTC = new CampaignId("NKTC-2024");
    /** Nguyễn Thị Thu Hương, công chức of Phòng Nội vụ. */
    private static final String HUONG = "LB-PNV-001";
    private static final String PHONG_NOI_VU = "LB-PNV";
    /** The Tổ Thi đua – Khen thưởng is a unit, and by chance also the id of a person. */
    private static final String SHARED = "LB-TDKT";
    private static final String REASON = "Hoàn thành tốt nhiệm vụ, gương mẫu thực hiện \"4 xin, 4 luôn\"";

    private static final CommendationProposed PROPOSED = new CommendationProposed(COMMENDATION,
            CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", REASON, NKTC);
    private static final CommendationApproved APPROVED = new CommendationApproved(COMMENDATION,
            CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", "125/QĐ-UBND",
            LocalDate.of(2025, 1, 15));
    private static final CommendationRejected REJECTED = new CommendationRejected(COMMENDATION,
            CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", "Không đủ tiêu chuẩn");
    private static final CommendationRevoked REVOKED = new CommendationRevoked(COMMENDATION,
            CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", "Vi phạm NK-3 được xác nhận");

    private FixtureConfiguration<Commendation> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commendation.class);
        fixture.registerInjectableResource(directory = new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit(PHONG_NOI_VU, "LB")
                .withUnit(SHARED, PHONG_NOI_VU)
                .withPerson(HUONG, PHONG_NOI_VU, PersonCategory.CONG_CHUC, false)
                .withPerson(SHARED, PHONG_NOI_VU, PersonCategory.VIEN_CHUC, false)
                .withCampaign("NKTC-2024", "LB", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .withClusterMembership(SHARED, LocalDate.of(2023, 1, 1), null));
    }

    private static ProposeCommendation propose(CommendationTitle title, String recipientId, RecipientKind kind) {
        return new ProposeCommendation(COMMENDATION, title, recipientId, kind, "2024", REASON, NKTC);
    }

    /** Proposed as {@link #propose} asks; a flag for the one cluster SHARED belongs to. */
    private static CommendationProposed proposed(CommendationTitle title, String recipientId, RecipientKind kind) {
        return new CommendationProposed(COMMENDATION, title, kind, recipientId, "2024", REASON, NKTC,
                title == CommendationTitle.CO_THI_DUA ? CUM_1 : null);
    }

    private static final ClusterId CUM_1 = new ClusterId("CUM-1");
    private static final ClusterId KHOI_2 = new ClusterId("KHOI-2");

    private static ProposeCommendation proposeFlag(String unitId, ClusterId clusterId) {
        return new ProposeCommendation(COMMENDATION, CommendationTitle.CO_THI_DUA, unitId, RecipientKind.UNIT, "2024",
                REASON, null, clusterId);
    }

    private static CommendationProposed flagProposed(String unitId, ClusterId clusterId) {
        return new CommendationProposed(COMMENDATION, CommendationTitle.CO_THI_DUA, RecipientKind.UNIT, unitId,
                "2024", REASON, null, clusterId);
    }

    private static ApproveCommendation approveFlag() {
        return new ApproveCommendation(COMMENDATION, "12/QĐ-UBND", LocalDate.of(2025, 1, 20));
    }

    @Test
    void noTitleRewardsAYearAfterThePersonWasDismissed() {
        directory.withSanction("VP-1", HUONG, vn.thidua.ledger.api.violation.SanctionForm.BUOC_THOI_VIEC,
                LocalDate.of(2023, 10, 2));
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null))
                .expectException(refused(Reason.CONFLICT, "PERSON_DISMISSED", "period"))
                .expectNoEvents();
    }

    @Test
    void aFlagIsForTheOnlyClusterItsUnitBelongedToInTheYear() {
        fixture.givenNoPriorActivity()
                .when(proposeFlag(SHARED, null))
                .expectEvents(flagProposed(SHARED, CUM_1));
    }

    @Test
    void aFlagRewardsWholeYearsNeverPartOfOne() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.CO_THI_DUA, SHARED, RecipientKind.UNIT,
                        "2024-H1", REASON, null, null))
                .expectException(refused(Reason.INVALID, "TITLE_PERIOD_YEAR", "period"))
                .expectNoEvents();
    }

    @Test
    void aUnitInTwoClustersMustSayWhichClusterTheFlagIsFor() {
        directory.withClusterMembership("KHOI-2", SHARED, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));
        fixture.givenNoPriorActivity()
                .when(proposeFlag(SHARED, null))
                .expectException(refused(Reason.INVALID, "CO_THI_DUA_CLUSTER_REQUIRED", "clusterId"))
                .expectNoEvents();
    }

    @Test
    void aUnitInTwoClustersNamesTheClusterOfItsFlag() {
        directory.withClusterMembership("KHOI-2", SHARED, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));
        fixture.givenNoPriorActivity()
                .when(proposeFlag(SHARED, KHOI_2))
                .expectEvents(flagProposed(SHARED, KHOI_2));
    }

    @Test
    void aFlagNamesAClusterItsUnitBelongedToInTheYear() {
        directory.withClusterMembership("KHOI-2", PHONG_NOI_VU, LocalDate.of(2023, 1, 1), null)
                .withClusterMembership("KHOI-2", SHARED, LocalDate.of(2025, 1, 1), null);
        fixture.givenNoPriorActivity()
                .when(proposeFlag(SHARED, KHOI_2))
                .expectException(refused(Reason.CONFLICT, "CO_THI_DUA_CLUSTER_MEMBER", "clusterId"))
                .expectNoEvents();
    }

    @Test
    void aFlagCannotNameAnUnknownCluster() {
        fixture.givenNoPriorActivity()
                .when(proposeFlag(SHARED, new ClusterId("CUM-9")))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "clusterId"))
                .expectNoEvents();
    }

    @Test
    void onlyAFlagNamesACluster() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.GIAY_KHEN, SHARED, RecipientKind.UNIT,
                        "2024", REASON, null, CUM_1))
                .expectException(refused(Reason.INVALID, "COMMENDATION_CLUSTER_FOR_FLAG_ONLY", "clusterId"))
                .expectNoEvents();
    }

    @Test
    void theApprovedFlagNamesItsCluster() {
        fixture.given(flagProposed(SHARED, CUM_1))
                .when(approveFlag())
                .expectEvents(new CommendationApproved(COMMENDATION, CommendationTitle.CO_THI_DUA, RecipientKind.UNIT,
                        SHARED, "2024", "12/QĐ-UBND", LocalDate.of(2025, 1, 20), CUM_1));
    }

    @Test
    void aClusterGivesOneFlagAYear() {
        directory.withClusterFlag("KT-2024-LB-GT", "CUM-1", "LB-GT", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        fixture.given(flagProposed(SHARED, CUM_1))
                .when(approveFlag())
                .expectException(refused(Reason.CONFLICT, "CO_THI_DUA_ONCE_PER_CLUSTER", null))
                .expectNoEvents();
    }

    @Test
    void theFlagOfAnotherClusterOrYearDoesNotStandInTheWay() {
        directory.withClusterFlag("KT-2024-LB-GT", "KHOI-2", "LB-GT", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31))
                .withClusterFlag("KT-2023-LB-GT", "CUM-1", "LB-GT", LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31));
        fixture.given(flagProposed(SHARED, CUM_1))
                .when(approveFlag())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aFlagProposedBeforeClustersWereNamedIsApprovedForNoClusterInParticular() {
        directory.withClusterFlag("KT-2024-LB-GT", "CUM-1", "LB-GT", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        fixture.given(flagProposed(SHARED, null))
                .when(approveFlag())
                .expectEvents(new CommendationApproved(COMMENDATION, CommendationTitle.CO_THI_DUA, RecipientKind.UNIT,
                        SHARED, "2024", "12/QĐ-UBND", LocalDate.of(2025, 1, 20), null));
    }

    @Test
    void aFlagIsNotReinstatedOnceItsClustersFlagWentToAnotherUnit() {
        directory.withClusterFlag("KT-2024-LB-GT", "CUM-1", "LB-GT", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        fixture.given(flagProposed(SHARED, CUM_1),
                        new CommendationApproved(COMMENDATION, CommendationTitle.CO_THI_DUA, RecipientKind.UNIT,
                                SHARED, "2024", "12/QĐ-UBND", LocalDate.of(2025, 1, 20), CUM_1),
                        new CommendationRevoked(COMMENDATION, CommendationTitle.CO_THI_DUA, RecipientKind.UNIT,
                                SHARED, "2024", "Thu hồi do vi phạm VP-7", VP_7))
                .when(new ReinstateCommendation(COMMENDATION, VP_7, RETRACTED))
                .expectException(refused(Reason.CONFLICT, "CO_THI_DUA_ONCE_PER_CLUSTER", null))
                .expectNoEvents();
    }

    @Test
    void proposesTitleForAPerson() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PROPOSED);
    }

    @Test
    void proposesCollectiveTitleForAUnitWithoutCampaign() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.TAP_THE_LAO_DONG_XUAT_SAC, PHONG_NOI_VU,
                        null, "2024", null, null))
                .expectEvents(new CommendationProposed(COMMENDATION, CommendationTitle.TAP_THE_LAO_DONG_XUAT_SAC,
                        RecipientKind.UNIT, PHONG_NOI_VU, "2024", null, null));
    }

    @ParameterizedTest
    @CsvSource({"GIAY_KHEN, LB-PNV-001, PERSON", "GIAY_KHEN, LB-PNV, UNIT", "BANG_KHEN, LB-PNV-001, PERSON",
            "BANG_KHEN, LB-PNV, UNIT"})
    void certificatesGoToPersonsAndUnitsAlike(CommendationTitle title, String recipientId, RecipientKind kind) {
        fixture.givenNoPriorActivity()
                .when(propose(title, recipientId, null))
                .expectEvents(proposed(title, recipientId, kind));
    }

    @ParameterizedTest
    @CsvSource({"LAO_DONG_TIEN_TIEN, LB-PNV", "CHIEN_SI_THI_DUA_CO_SO, LB-PNV", "TAP_THE_LAO_DONG_TIEN_TIEN, LB-PNV-001",
            "TAP_THE_LAO_DONG_XUAT_SAC, LB-PNV-001", "CO_THI_DUA, LB-PNV-001"})
    void cannotProposeATitleThatDoesNotSuitTheRecipient(CommendationTitle title, String recipientId) {
        fixture.givenNoPriorActivity()
                .when(propose(title, recipientId, null))
                .expectException(refused(Reason.INVALID, "COMMENDATION_TITLE_FOR_RECIPIENT", "title"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({"LAO_DONG_TIEN_TIEN, PERSON", "CO_THI_DUA, UNIT"})
    void titleTellsAPersonFromAUnitSharingItsId(CommendationTitle title, RecipientKind kind) {
        fixture.givenNoPriorActivity()
                .when(propose(title, SHARED, null))
                .expectEvents(proposed(title, SHARED, kind));
    }

    @Test
    void certificateForAnIdSharedByAPersonAndAUnitMustSayWhichIsMeant() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.GIAY_KHEN, SHARED, null))
                .expectException(refused(Reason.INVALID, "COMMENDATION_RECIPIENT_UNAMBIGUOUS", "recipientKind"))
                .expectNoEvents();
    }

    @Test
    void recipientKindSettlesAnIdSharedByAPersonAndAUnit() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.GIAY_KHEN, SHARED, RecipientKind.UNIT))
                .expectEvents(proposed(CommendationTitle.GIAY_KHEN, SHARED, RecipientKind.UNIT));
    }

    @Test
    void recipientKindMustNameAnExistingRecipient() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.GIAY_KHEN, PHONG_NOI_VU, RecipientKind.PERSON))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "recipientId"))
                .expectExceptionMessage("Không tìm thấy người LB-PNV (recipientId)")
                .expectNoEvents();
    }

    @Test
    void cannotProposeForAnUnknownRecipient() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.GIAY_KHEN, "HK-001", null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "recipientId"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeUnderAnUnknownCampaign() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null, "2024",
                        REASON, new CampaignId("NKTC-2030")))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "campaignId"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(propose(null, HUONG, null))
                .expectException(refused(Reason.INVALID, "COMMENDATION_TITLE_REQUIRED", "title"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeForAnInvalidPeriod() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null, "24",
                        REASON, null))
                .expectException(refused(Reason.INVALID, "PERIOD_VALID", "period"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeATitleForAPeriodNotYetBegun() {
        fixture.givenCurrentTime(java.time.Instant.parse("2024-12-20T03:00:00Z"))
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null, "2025",
                        REASON, null))
                .expectException(refused(Reason.INVALID, "COMMENDATION_PERIOD_BEGUN", "period"))
                .expectNoEvents();
    }

    @Test
    void approvesAProposedCommendationByDecision() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectEvents(APPROVED);
    }

    @Test
    void aYearlyTitleRewardsACalendarYear() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN, HUONG, null,
                        "2024-Q2", REASON, NKTC))
                .expectException(refused(Reason.INVALID, "TITLE_PERIOD_YEAR", "period"))
                .expectNoEvents();
    }

    @Test
    void theFlagGoesOnlyToAMemberOfACluster() {
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.CO_THI_DUA, PHONG_NOI_VU, null))
                .expectException(refused(Reason.CONFLICT, "CO_THI_DUA_CLUSTER_MEMBER", "recipientId"))
                .expectNoEvents();
    }

    private static final vn.thidua.ledger.api.violation.ViolationId VP_7 =
            new vn.thidua.ledger.api.violation.ViolationId("VP-7");
    private static final CommendationRevoked REVOKED_FOR_VP_7 = new CommendationRevoked(COMMENDATION,
            CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", "Thu hồi do vi phạm VP-7",
            VP_7);
    private static final String RETRACTED = "Khôi phục: vi phạm VP-7 đã bị rút lại";

    @Test
    void aRevocationAViolationCausedIsUndoneWhenThatViolationNoLongerFallsInThePeriod() {
        fixture.given(PROPOSED, APPROVED, REVOKED_FOR_VP_7)
                .when(new ReinstateCommendation(COMMENDATION, VP_7, RETRACTED))
                .expectEvents(new CommendationReinstated(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN,
                        RecipientKind.PERSON, HUONG, "2024", VP_7, RETRACTED));
    }

    @Test
    void aRevocationByDecisionIsNotUndone() {
        fixture.given(PROPOSED, APPROVED, REVOKED)
                .when(new ReinstateCommendation(COMMENDATION, VP_7, RETRACTED))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_REINSTATED_AFTER_ITS_VIOLATION", null))
                .expectNoEvents();
    }

    @Test
    void aTitleIsNotReinstatedWhileAnotherConfirmedViolationFallsInItsPeriod() {
        directory.withConfirmedViolation("VP-8", vn.thidua.ledger.api.violation.SubjectKind.PERSON, HUONG,
                LocalDate.of(2024, 9, 9));
        fixture.given(PROPOSED, APPROVED, REVOKED_FOR_VP_7)
                .when(new ReinstateCommendation(COMMENDATION, VP_7, RETRACTED))
                .expectException(refused(Reason.CONFLICT, "TITLE_PERIOD_WITHOUT_CONFIRMED_VIOLATION", null))
                .expectNoEvents();
    }

    @Test
    void aReinstatedTitleIsRevokedAgainByTheNextViolation() {
        fixture.given(PROPOSED, APPROVED, REVOKED_FOR_VP_7, new CommendationReinstated(COMMENDATION,
                        CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG, "2024", VP_7, RETRACTED))
                .when(new RevokeCommendation(COMMENDATION, "Thu hồi do vi phạm VP-9"))
                .expectEvents(new CommendationRevoked(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN,
                        RecipientKind.PERSON, HUONG, "2024", "Thu hồi do vi phạm VP-9"));
    }

    @Test
    void cannotApproveATitleForAPeriodAConfirmedViolationOfTheRecipientFallsIn() {
        directory.withConfirmedViolation("VP-7", vn.thidua.ledger.api.violation.SubjectKind.PERSON, HUONG,
                LocalDate.of(2024, 3, 3));
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectException(refused(Reason.CONFLICT, "TITLE_PERIOD_WITHOUT_CONFIRMED_VIOLATION", null))
                .expectNoEvents();
    }

    @Test
    void aConfirmedViolationOutsideThePeriodDoesNotStandInTheWay() {
        directory.withConfirmedViolation("VP-7", vn.thidua.ledger.api.violation.SubjectKind.PERSON, HUONG,
                LocalDate.of(2023, 12, 31));
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectEvents(APPROVED);
    }

    @Test
    void aRecipientHoldsAnEmulationTitleOncePerYear() {
        directory.withTitle("KT-OTHER", CommendationTitle.LAO_DONG_TIEN_TIEN, RecipientKind.PERSON, HUONG,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectException(refused(Reason.CONFLICT, "TITLE_ONCE_PER_PERIOD", null))
                .expectNoEvents();
    }

    @Test
    void aCertificateMayBeGivenAgainForTheSamePeriod() {
        directory.withTitle("KT-OTHER", CommendationTitle.GIAY_KHEN, RecipientKind.PERSON, HUONG,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        fixture.given(proposed(CommendationTitle.GIAY_KHEN, HUONG, RecipientKind.PERSON))
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotApproveByADecisionTakenBeforeThePeriodStarted() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2023, 1, 11)))
                .expectException(refused(Reason.INVALID, "COMMENDATION_DECIDED_AFTER_PERIOD_STARTS", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveAYearlyTitleBeforeTheLastMonthOfItsYear() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2024, 6, 1)))
                .expectException(refused(Reason.INVALID, "TITLE_DECIDED_AT_PERIOD_END", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void aYearlyTitleMayBeDecidedInTheLastMonthOfItsYear() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2024, 12, 1)))
                .expectEvents(new CommendationApproved(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN,
                        RecipientKind.PERSON, HUONG, "2024", "125/QĐ-UBND", LocalDate.of(2024, 12, 1)));
    }

    @Test
    void aCertificateMayBeDecidedWhileItsPeriodRuns() {
        fixture.given(proposed(CommendationTitle.GIAY_KHEN, HUONG, RecipientKind.PERSON))
                .when(new ApproveCommendation(COMMENDATION, "31/QĐ-UBND", LocalDate.of(2024, 6, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotProposeUnderACampaignForAPeriodOutsideItsDays() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.GIAY_KHEN, HUONG, null, "2023", REASON,
                        NKTC))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_WITHIN_CAMPAIGN", "period"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeUnderACampaignARecipientOutsideItsScope() {
        directory.withUnit("GL", null).withPerson("GL-001", "GL", PersonCategory.CONG_CHUC, false);
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.GIAY_KHEN, "GL-001", null, "2024", REASON,
                        NKTC))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_RECIPIENT_IN_CAMPAIGN_SCOPE", "recipientId"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeUnderACampaignAUnitOutsideItsScope() {
        directory.withUnit("GL", null);
        fixture.givenNoPriorActivity()
                .when(new ProposeCommendation(COMMENDATION, CommendationTitle.GIAY_KHEN, "GL", RecipientKind.UNIT, "2024",
                        REASON, NKTC))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_RECIPIENT_IN_CAMPAIGN_SCOPE", "recipientId"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveByADecisionDatedInTheFuture() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.now().plusDays(3)))
                .expectException(refused(Reason.INVALID, "COMMENDATION_DATE_NOT_IN_FUTURE", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveWithoutDecisionNumber() {
        fixture.given(PROPOSED)
                .when(new ApproveCommendation(COMMENDATION, "", LocalDate.of(2025, 1, 15)))
                .expectException(refused(Reason.INVALID, "COMMENDATION_DECISION_REQUIRED", "decisionNo"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveTwice() {
        fixture.given(PROPOSED, APPROVED)
                .when(new ApproveCommendation(COMMENDATION, "126/QĐ-UBND", LocalDate.of(2025, 1, 16)))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_APPROVED_ONCE", null))
                .expectNoEvents();
    }

    @Test
    void rejectedCommendationCannotBeApproved() {
        fixture.given(PROPOSED, REJECTED)
                .when(new ApproveCommendation(COMMENDATION, "125/QĐ-UBND", LocalDate.of(2025, 1, 15)))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_FINAL", null))
                .expectNoEvents();
    }

    @Test
    void rejectsAProposedCommendation() {
        fixture.given(PROPOSED)
                .when(new RejectCommendation(COMMENDATION, "Không đủ tiêu chuẩn"))
                .expectEvents(REJECTED);
    }

    @Test
    void cannotRejectWithoutReason() {
        fixture.given(PROPOSED)
                .when(new RejectCommendation(COMMENDATION, null))
                .expectException(refused(Reason.INVALID, "COMMENDATION_REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void approvedCommendationCannotBeRejectedOnlyRevoked() {
        fixture.given(PROPOSED, APPROVED)
                .when(new RejectCommendation(COMMENDATION, "Không đủ tiêu chuẩn"))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_REJECT_PROPOSED_ONLY", null))
                .expectNoEvents();
    }

    @Test
    void revokesAnApprovedCommendation() {
        fixture.given(PROPOSED, APPROVED)
                .when(new RevokeCommendation(COMMENDATION, "Vi phạm NK-3 được xác nhận"))
                .expectEvents(REVOKED);
    }

    @Test
    void cannotRevokeACommendationNotApproved() {
        fixture.given(PROPOSED)
                .when(new RevokeCommendation(COMMENDATION, "Vi phạm NK-3 được xác nhận"))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_REVOKE_APPROVED_ONLY", null))
                .expectNoEvents();
    }

    @Test
    void revokedCommendationIsFinal() {
        fixture.given(PROPOSED, APPROVED, REVOKED)
                .when(new RevokeCommendation(COMMENDATION, "Thu hồi lần nữa"))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_FINAL", null))
                .expectNoEvents();
    }

    @Test
    void aTitleRevokedForAViolationMayStillBeRevokedByDecisionWhichMakesItFinal() {
        fixture.given(PROPOSED, APPROVED, REVOKED_FOR_VP_7)
                .when(new RevokeCommendation(COMMENDATION, "Quyết định thu hồi số 99/QĐ"))
                .expectEvents(new CommendationRevoked(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN,
                        RecipientKind.PERSON, HUONG, "2024", "Quyết định thu hồi số 99/QĐ", null));
        fixture.given(PROPOSED, APPROVED, REVOKED_FOR_VP_7,
                        new CommendationRevoked(COMMENDATION, CommendationTitle.LAO_DONG_TIEN_TIEN,
                                RecipientKind.PERSON, HUONG, "2024", "Quyết định thu hồi số 99/QĐ", null))
                .when(new ReinstateCommendation(COMMENDATION, VP_7, RETRACTED))
                .expectException(refused(Reason.CONFLICT, "COMMENDATION_REINSTATED_AFTER_ITS_VIOLATION", null))
                .expectNoEvents();
    }

    @Test
    void cannotProposeATitleToAUnitForAYearThatBeganAfterItWasClosed() {
        directory.withClosedUnit("LB-SN", "LB", LocalDate.of(2023, 12, 31));
        fixture.givenNoPriorActivity()
                .when(propose(CommendationTitle.TAP_THE_LAO_DONG_XUAT_SAC, "LB-SN", RecipientKind.UNIT))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "recipientId"))
                .expectNoEvents();
    }
}
