package vn.thidua.ledger.command.violation;

import static vn.thidua.ledger.command.directory.Refusals.refused;
import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.AmendViolation;
import vn.thidua.ledger.api.violation.AnnulSanction;
import vn.thidua.ledger.api.violation.ConfirmViolation;
import vn.thidua.ledger.api.violation.DismissViolation;
import vn.thidua.ledger.api.violation.ImposeSanction;
import vn.thidua.ledger.api.violation.RecordViolation;
import vn.thidua.ledger.api.violation.RetractViolation;
import vn.thidua.ledger.api.violation.RuleCatalogue;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationDismissed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.api.violation.ViolationSource;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class ViolationTest {

    private static final ViolationId VP = new ViolationId("VP-2024-001");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final UnitId TRUONG_HOC = new UnitId("LB-THCS");
    /** Nguyễn Thị Thu Hương, công chức of Phòng Nội vụ without a post. */
    private static final String HUONG = "LB-PNV-001";
    private static final LocalDate MAY_17 = LocalDate.of(2024, 5, 17);
    private static final LocalDate JUNE_10 = LocalDate.of(2024, 6, 10);
    private static final String COMPLAINT = "Người dân phản ánh bị yêu cầu bổ sung giấy tờ ngoài quy định";
    private static final String EVIDENCE = "Đơn thư số 12/ĐT ngày 20/5/2024";
    private static final String FINDING = "Đoàn kiểm tra kết luận có vi phạm";

    private FixtureConfiguration<Violation> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = fixture(RuleCatalogue.current());
    }

    private FixtureConfiguration<Violation> fixture(RuleCatalogue catalogue) {
        FixtureConfiguration<Violation> configured = new AggregateTestFixture<>(Violation.class);
        directory = new InMemoryDirectory()
                .withUnit("HN", null)                   // Thành phố Hà Nội
                .withUnit("LB", "HN")                   // Quận Long Biên
                .withUnit("LB-PNV", "LB")               // Phòng Nội vụ
                .withUnit("LB-THCS", "LB")              // Trường THCS Gia Thụy
                .withUnit("LB-TDKT", "LB-PNV")          // Tổ Thi đua – Khen thưởng, whose id a person shares
                .withClosedUnit("LB-SN", "LB", LocalDate.of(2024, 3, 31))   // merged into another ward
                .withPerson(HUONG, "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-PNV-002", "LB-PNV", PersonCategory.CONG_CHUC, true)
                .withPerson("LB-THCS-001", "LB-THCS", PersonCategory.VIEN_CHUC, false)
                .withPerson("LB-THCS-002", "LB-THCS", PersonCategory.VIEN_CHUC, true)
                .withPerson("LB-CB-001", "LB", PersonCategory.CAN_BO, true)
                .withPerson("LB-LD-001", "LB-PNV", PersonCategory.NGUOI_LAO_DONG, false)
                .withPerson("LB-TDKT", "LB-PNV", PersonCategory.CONG_CHUC, false);
        configured.registerInjectableResource(directory);
        configured.registerInjectableResource(catalogue);
        return configured;
    }

    private static RecordViolation record(String subjectId, String ruleCode, LocalDate occurredOn) {
        return new RecordViolation(VP, subjectId, null, ruleCode, occurredOn, ViolationSource.CITIZEN_COMPLAINT,
                COMPLAINT, EVIDENCE);
    }

    private static ViolationRecorded recorded(String personId, UnitId unit, LocalDate occurredOn) {
        return new ViolationRecorded(VP, SubjectKind.PERSON, personId, unit, "NK-1", 1, occurredOn,
                ViolationSource.CITIZEN_COMPLAINT, COMPLAINT, EVIDENCE);
    }

    private static ViolationRecorded recorded(String personId, UnitId unit) {
        return recorded(personId, unit, MAY_17);
    }

    private static ViolationConfirmed confirmed(String personId, UnitId unit, LocalDate occurredOn) {
        return new ViolationConfirmed(VP, SubjectKind.PERSON, personId, unit, occurredOn, FINDING);
    }

    private static ViolationConfirmed confirmed(String personId, UnitId unit) {
        return confirmed(personId, unit, MAY_17);
    }

    private static SanctionImposed reprimandOfHuong() {
        return new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, PersonCategory.CONG_CHUC, false,
                SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND");
    }

    // recording

    @Test
    void recordsAViolationOfAPersonWithTheUnitTheyWorkIn() {
        fixture.givenNoPriorActivity()
                .when(record(HUONG, "NK-1", MAY_17))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(HUONG, PHONG_NOI_VU));
    }

    @Test
    void aPersonsViolationIsChargedToTheUnitTheyWorkedInOnItsDayNotTheirUnitNow() {
        directory.withTransfer(HUONG, "LB-THCS", LocalDate.of(2024, 10, 1));
        fixture.givenNoPriorActivity()
                .when(record(HUONG, "NK-1", MAY_17))
                .expectEvents(recorded(HUONG, PHONG_NOI_VU));
    }

    @Test
    void amendingTheDayAcrossATransferMovesTheViolationToTheUnitOfTheNewDay() {
        LocalDate october = LocalDate.of(2024, 10, 5);
        directory.withTransfer(HUONG, "LB-THCS", LocalDate.of(2024, 10, 1));
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, null, october, null, null, "Ghi nhầm ngày"))
                .expectEvents(new ViolationAmended(VP, SubjectKind.PERSON, HUONG, TRUONG_HOC, "NK-1", 1, october,
                        COMPLAINT, EVIDENCE, "NK-1", MAY_17, COMPLAINT, EVIDENCE, "Ghi nhầm ngày", PHONG_NOI_VU));
    }

    @Test
    void anAmendmentNamesTheUnitTheOldDayCountsInNowAfterABackDatedTransfer() {
        // recorded while the person was in Phòng Nội vụ; a transfer recorded since, back-dated to 1 May, moved the
        // day of 17 May to the school: the amendment moves the violation out of the school, not out of the office
        LocalDate april = LocalDate.of(2024, 4, 20);
        directory.withTransfer(HUONG, "LB-THCS", LocalDate.of(2024, 5, 1));
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, null, april, null, null, "Ghi nhầm ngày"))
                .expectEvents(new ViolationAmended(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 1, april,
                        COMPLAINT, EVIDENCE, "NK-1", MAY_17, COMPLAINT, EVIDENCE, "Ghi nhầm ngày", TRUONG_HOC));
    }

    @Test
    void recordsAViolationOfAUnitAgainstTheUnitItself() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, "LB-THCS", null, "QTUX-THE-DEO", MAY_17, ViolationSource.INSPECTION,
                        "Nhiều giáo viên không đeo thẻ", null))
                .expectEvents(new ViolationRecorded(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC, "QTUX-THE-DEO", 1,
                        MAY_17, ViolationSource.INSPECTION, "Nhiều giáo viên không đeo thẻ", null));
    }

    @Test
    void recordsTheCatalogueVersionTheRuleCodeWasCheckedAgainst() throws Exception {
        RuleCatalogue v2 = RuleCatalogue.read(new ByteArrayInputStream("""
                {"version": 2, "title": "Danh mục thử", "groups": [{"code": "G", "titleVi": "Nhóm", "titleEn": "Group"}],
                 "entries": [{"code": "NK-1", "group": "G", "titleVi": "Không cửa quyền", "titleEn": "No arrogance",
                              "source": "QĐ thử"}]}""".getBytes(StandardCharsets.UTF_8)));
        fixture(v2).givenNoPriorActivity()
                .when(record(HUONG, "NK-1", MAY_17))
                .expectEvents(new ViolationRecorded(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 2, MAY_17,
                        ViolationSource.CITIZEN_COMPLAINT, COMPLAINT, EVIDENCE));
    }

    @Test
    void freeTextIsStrippedAndBlankTextIsNone() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, HUONG, null, " NK-1 ", MAY_17, ViolationSource.SELF_CRITICISM,
                        "  Tự nhận đến muộn  ", "   "))
                .expectEvents(new ViolationRecorded(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 1, MAY_17,
                        ViolationSource.SELF_CRITICISM, "Tự nhận đến muộn", null));
    }

    @Test
    void cannotRecordAViolationOfAnUnknownRuleCode() {
        fixture.givenNoPriorActivity()
                .when(record(HUONG, "NK-6", MAY_17))
                .expectException(RefusedException.class)
                .expectException(refused(Reason.INVALID, "RULE_CODE_KNOWN", "ruleCode"))
                .expectExceptionMessage("Mã quy tắc NK-6 không có trong danh mục phiên bản 1 (xem GET /api/rule-codes)")
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationWithoutARuleCode() {
        fixture.givenNoPriorActivity()
                .when(record(HUONG, null, MAY_17))
                .expectException(refused(Reason.INVALID, "RULE_CODE_KNOWN", "ruleCode"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationThatOccursInTheFuture() {
        // 17:30 UTC on 30 June is already 1 July in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(record(HUONG, "NK-1", LocalDate.of(2024, 7, 2)))
                .expectException(refused(Reason.INVALID, "VIOLATION_DATE_NOT_IN_FUTURE", "occurredOn"))
                .expectExceptionMessage("Ngày xảy ra vi phạm 2024-07-02 ở tương lai (hôm nay là 2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void aViolationOfTodayInVietnamMayBeRecorded() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(record(HUONG, "NK-1", LocalDate.of(2024, 7, 1)))
                .expectEvents(recorded(HUONG, PHONG_NOI_VU, LocalDate.of(2024, 7, 1)));
    }

    @Test
    void cannotRecordAViolationWithoutADate() {
        fixture.givenNoPriorActivity()
                .when(record(HUONG, "NK-1", null))
                .expectException(refused(Reason.INVALID, "VIOLATION_DATE_REQUIRED", "occurredOn"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationWithoutItsSource() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, HUONG, null, "NK-1", MAY_17, null, COMPLAINT, EVIDENCE))
                .expectException(refused(Reason.INVALID, "VIOLATION_SOURCE_REQUIRED", "source"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationWithoutASubject() {
        fixture.givenNoPriorActivity()
                .when(record(" ", "NK-1", MAY_17))
                .expectException(refused(Reason.INVALID, "VIOLATION_SUBJECT_REQUIRED", "subjectId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationOfNeitherAPersonNorAUnit() {
        fixture.givenNoPriorActivity()
                .when(record("LB-NOBODY", "NK-1", MAY_17))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "subjectId"))
                .expectExceptionMessage("Không tìm thấy cá nhân hoặc đơn vị có mã LB-NOBODY (subjectId)")
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationOfAnIdSharedByAPersonAndAUnitWithoutSayingWhich() {
        fixture.givenNoPriorActivity()
                .when(record("LB-TDKT", "NK-1", MAY_17))
                .expectException(refused(Reason.INVALID, "VIOLATION_SUBJECT_AMBIGUOUS", "subjectKind"))
                .expectNoEvents();
    }

    @Test
    void subjectKindSaysWhichOfASharedIdIsMeant() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, "LB-TDKT", SubjectKind.UNIT, "NK-2", MAY_17, ViolationSource.SURVEY,
                        null, null))
                .expectEvents(new ViolationRecorded(VP, SubjectKind.UNIT, "LB-TDKT", new UnitId("LB-TDKT"), "NK-2", 1,
                        MAY_17, ViolationSource.SURVEY, null, null));
    }

    @Test
    void aPersonOfASharedIdIsRecordedWithTheirUnit() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, "LB-TDKT", SubjectKind.PERSON, "NK-2", MAY_17, ViolationSource.SURVEY,
                        null, null))
                .expectEvents(new ViolationRecorded(VP, SubjectKind.PERSON, "LB-TDKT", PHONG_NOI_VU, "NK-2", 1,
                        MAY_17, ViolationSource.SURVEY, null, null));
    }

    @Test
    void cannotRecordAViolationOfAPersonWhoDoesNotExistUnderTheNamedKind() {
        fixture.givenNoPriorActivity()
                .when(new RecordViolation(VP, "LB-THCS", SubjectKind.PERSON, "NK-2", MAY_17, ViolationSource.SURVEY,
                        null, null))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "subjectId"))
                .expectExceptionMessage("Không tìm thấy người LB-THCS (subjectId)")
                .expectNoEvents();
    }

    // review: confirm, dismiss, retract

    @Test
    void confirmsARecordedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new ConfirmViolation(VP, FINDING))
                .expectEvents(confirmed(HUONG, PHONG_NOI_VU));
    }

    @Test
    void cannotConfirmAViolationTwice() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ConfirmViolation(VP, FINDING))
                .expectException(refused(Reason.CONFLICT, "VIOLATION_ALREADY_CONFIRMED", null))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAViolationWithoutAReason() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new ConfirmViolation(VP, "  "))
                .expectException(refused(Reason.INVALID, "VIOLATION_REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void dismissesARecordedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new DismissViolation(VP, "Xác minh không có cơ sở"))
                .expectEvents(new ViolationDismissed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17,
                        "Xác minh không có cơ sở"));
    }

    @Test
    void cannotDismissAConfirmedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new DismissViolation(VP, "Xác minh không có cơ sở"))
                .expectException(refusedBy("VIOLATION_ALREADY_CONFIRMED"))
                .expectExceptionMessage(Matchers.containsString("hãy thu hồi (retract)"))
                .expectNoEvents();
    }

    @Test
    void nothingMoreHappensToADismissedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU),
                        new ViolationDismissed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17, "Không có cơ sở"))
                .when(new ConfirmViolation(VP, FINDING))
                .expectException(refused(Reason.CONFLICT, "VIOLATION_CLOSED", null))
                .expectExceptionMessage("Vi phạm VP-2024-001 ở trạng thái 'Đã bác bỏ'; không thể xác nhận nữa")
                .expectNoEvents();
    }

    @Test
    void retractsARecordedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new RetractViolation(VP, "Ghi nhầm người"))
                .expectEvents(new ViolationRetracted(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17,
                        "Ghi nhầm người"));
    }

    @Test
    void retractionKeepsTheEarlierRecord() {
        // the retraction is one more event; the recorded and confirmed entries are left exactly as they were
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new RetractViolation(VP, "Ghi nhầm người"))
                .expectEvents(new ViolationRetracted(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17,
                        "Ghi nhầm người"));
    }

    @Test
    void aDismissalTheClosingOfTheUnitRestsOnIsNotAnnulled() {
        directory.withClosedUnit("LB-PNV-CLOSED", "LB", LocalDate.of(2024, 7, 1))
                .withPerson("LB-PNV-009", "LB-PNV-CLOSED", PersonCategory.CONG_CHUC, false);
        fixture.given(recorded("LB-PNV-009", new UnitId("LB-PNV-CLOSED")),
                        confirmed("LB-PNV-009", new UnitId("LB-PNV-CLOSED"), MAY_17),
                        new SanctionImposed(VP, SubjectKind.PERSON, "LB-PNV-009", new UnitId("LB-PNV-CLOSED"),
                                PersonCategory.CONG_CHUC, false, SanctionForm.BUOC_THOI_VIEC, JUNE_10, "12/QĐ"))
                .when(new AnnulSanction(VP, "Hủy theo kết quả giải quyết khiếu nại"))
                .expectException(refusedBy("SANCTION_ANNUL_UNIT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void noViolationIsRecordedForADayAfterThePersonWasDismissed() {
        directory.withSanction("VP-0", HUONG, SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 5, 16));
        fixture.givenNoPriorActivity()
                .when(record(HUONG, "NK-1", MAY_17))
                .expectException(refusedBy("PERSON_DISMISSED"))
                .expectNoEvents();
    }

    @Test
    void aDismissedPersonIsDisciplinedNoMore() {
        directory.withSanction("VP-0", HUONG, SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 6, 1));
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND"))
                .expectException(refusedBy("PERSON_DISMISSED"))
                .expectNoEvents();
    }

    @Test
    void nothingMoreHappensToARetractedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU),
                        new ViolationRetracted(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17, "Ghi nhầm"))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND"))
                .expectException(refusedBy("VIOLATION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotRetractAViolationTwice() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU),
                        new ViolationRetracted(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17, "Ghi nhầm"))
                .when(new RetractViolation(VP, "Ghi nhầm"))
                .expectException(refusedBy("VIOLATION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotRetractAViolationWhileItsSanctionIsInForce() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new RetractViolation(VP, "Ghi nhầm"))
                .expectException(refused(Reason.CONFLICT, "VIOLATION_SANCTION_IN_FORCE", null))
                .expectNoEvents();
    }

    // amendment

    @Test
    void amendmentCarriesTheNewValuesAndWhatTheyReplace() {
        LocalDate may16 = LocalDate.of(2024, 5, 16);
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, "NK-2", may16, null, "Biên bản xác minh số 07/BB", "Ghi nhầm ngày và mã"))
                .expectEvents(new ViolationAmended(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-2", 1, may16,
                        COMPLAINT, "Biên bản xác minh số 07/BB", "NK-1", MAY_17, COMPLAINT, EVIDENCE,
                        "Ghi nhầm ngày và mã"));
    }

    @Test
    void amendmentKeepsTheCatalogueVersionOfAnUnchangedRuleCode() throws Exception {
        RuleCatalogue v2 = RuleCatalogue.read(new ByteArrayInputStream("""
                {"version": 2, "title": "Danh mục thử", "groups": [{"code": "G", "titleVi": "Nhóm", "titleEn": "Group"}],
                 "entries": [{"code": "NK-1", "group": "G", "titleVi": "Không cửa quyền", "titleEn": "No arrogance",
                              "source": "QĐ thử"}]}""".getBytes(StandardCharsets.UTF_8)));
        fixture(v2).given(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, null, null, "Mô tả đầy đủ hơn", null, "Bổ sung mô tả"))
                .expectEvents(new ViolationAmended(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 1, MAY_17,
                        "Mô tả đầy đủ hơn", EVIDENCE, "NK-1", MAY_17, COMPLAINT, EVIDENCE, "Bổ sung mô tả"));
    }

    @Test
    void cannotAmendToAnUnknownRuleCode() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, "NK-9", null, null, null, "Sửa mã"))
                .expectException(refused(Reason.INVALID, "RULE_CODE_KNOWN", "ruleCode"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendTheDateIntoTheFuture() {
        fixture.givenCurrentTime(Instant.parse("2024-06-01T00:00:00Z"))
                .andGiven(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, null, LocalDate.of(2024, 6, 2), null, null, "Sửa ngày"))
                .expectException(refused(Reason.INVALID, "VIOLATION_DATE_NOT_IN_FUTURE", "occurredOn"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendWithoutChangingAnything() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, "NK-1", MAY_17, COMPLAINT, null, "Sửa"))
                .expectException(refused(Reason.INVALID, "VIOLATION_AMENDMENT_CHANGES", null))
                .expectNoEvents();
    }

    @Test
    void cannotAmendWithoutAReason() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new AmendViolation(VP, "NK-2", null, null, null, null))
                .expectException(refused(Reason.INVALID, "VIOLATION_REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendADismissedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU),
                        new ViolationDismissed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17, "Không có cơ sở"))
                .when(new AmendViolation(VP, "NK-2", null, null, null, "Sửa mã"))
                .expectException(refused(Reason.CONFLICT, "VIOLATION_CLOSED", null))
                .expectNoEvents();
    }

    @Test
    void cannotMoveTheRuleOrDateOfASanctionedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new AmendViolation(VP, null, LocalDate.of(2024, 5, 1), null, null, "Sửa ngày"))
                .expectException(refused(Reason.CONFLICT, "VIOLATION_SANCTION_IN_FORCE", "occurredOn"))
                .expectNoEvents();
    }

    @Test
    void evidenceOfASanctionedViolationMayStillBeAmended() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new AmendViolation(VP, null, null, null, "Hồ sơ số 33/HS", "Bổ sung chứng cứ"))
                .expectEvents(new ViolationAmended(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 1, MAY_17,
                        COMPLAINT, "Hồ sơ số 33/HS", "NK-1", MAY_17, COMPLAINT, EVIDENCE, "Bổ sung chứng cứ"));
    }

    @Test
    void aSanctionIsCheckedAgainstTheAmendedDate() {
        LocalDate june1 = LocalDate.of(2024, 6, 1);
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU),
                        new ViolationAmended(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, "NK-1", 1, june1, COMPLAINT,
                                EVIDENCE, "NK-1", MAY_17, COMPLAINT, EVIDENCE, "Sửa ngày"))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 5, 31), "125/QĐ-UBND"))
                .expectException(refusedBy("SANCTION_AFTER_VIOLATION"))
                .expectNoEvents();
    }

    // sanctions

    @Test
    void sanctionsAConfirmedViolationWithTheCategoryOfTheDay() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, JUNE_10, " 125/QĐ-UBND "))
                .expectEvents(reprimandOfHuong());
    }

    @Test
    void cannotSanctionAnUnconfirmedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND"))
                .expectException(refused(Reason.CONFLICT, "SANCTION_REQUIRES_CONFIRMED", null))
                .expectNoEvents();
    }

    @Test
    void cannotSanctionADismissedViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU),
                        new ViolationDismissed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, MAY_17, "Không có cơ sở"))
                .when(new ImposeSanction(VP, SanctionForm.NHAC_NHO, JUNE_10, null))
                .expectException(refusedBy("VIOLATION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotSanctionWithoutFormOrDate() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, null, JUNE_10, null))
                .expectException(refused(Reason.INVALID, "SANCTION_FORM_REQUIRED", "form"))
                .expectNoEvents();
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, null, null))
                .expectException(refused(Reason.INVALID, "SANCTION_DATE_REQUIRED", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotSanctionBeforeTheViolationOccurred() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 5, 16), null))
                .expectException(refused(Reason.INVALID, "SANCTION_AFTER_VIOLATION", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotSanctionWithADecisionDatedInTheFuture() {
        // 17:30 UTC on 30 June is already 1 July in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .andGiven(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 7, 2), null))
                .expectException(refused(Reason.INVALID, "SANCTION_DATE_NOT_IN_FUTURE", "decidedOn"))
                .expectExceptionMessage("Ngày quyết định 2024-07-02 ở tương lai (hôm nay là 2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void aSanctionDecidedTodayInVietnamStands() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .andGiven(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 7, 1), null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 7, 1), null));
    }

    @Test
    void anExpiredLimitationPeriodIsTheAnswerEvenForADecisionDatedAhead() {
        LocalDate occurredOn = LocalDate.of(2018, 3, 10);
        fixture.givenCurrentTime(Instant.parse("2023-01-01T00:00:00Z"))
                .andGiven(recorded(HUONG, PHONG_NOI_VU, occurredOn), confirmed(HUONG, PHONG_NOI_VU, occurredOn))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 3, 11), null))
                .expectException(refused(Reason.CONFLICT, "SANCTION_LIMITATION_EXPIRED", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void aSanctionMayBeDecidedOnTheDayOfTheViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.NHAC_NHO, MAY_17, null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.NHAC_NHO, MAY_17, null));
    }

    @Test
    void cannotSanctionPublicEmployeeWithSalaryDemotion() {
        fixture.given(recorded("LB-THCS-001", TRUONG_HOC), confirmed("LB-THCS-001", TRUONG_HOC))
                .when(new ImposeSanction(VP, SanctionForm.HA_BAC_LUONG, JUNE_10, "30/QĐ-THCS"))
                .expectException(refused(Reason.INVALID, "SANCTION_FORM_FOR_CATEGORY", "form"))
                .expectExceptionMessage("Hình thức Hạ bậc lương không áp dụng cho viên chức không giữ chức vụ lãnh đạo,"
                        + " quản lý; các hình thức được áp dụng: Nhắc nhở, Phê bình, Khiển trách, Cảnh cáo, Buộc thôi việc")
                .expectNoEvents();
    }

    @Test
    void theFormsAreThoseOfThePostHeldOnTheDayOfTheDecision() {
        // a viên chức until July, a công chức from then: salary demotion is no form for the viên chức of June
        directory.withPerson("LB-THCS-003", "LB-THCS", PersonCategory.VIEN_CHUC, false)
                .withPostChange("LB-THCS-003", PersonCategory.CONG_CHUC, false, LocalDate.of(2024, 7, 1));
        fixture.given(recorded("LB-THCS-003", TRUONG_HOC), confirmed("LB-THCS-003", TRUONG_HOC))
                .when(new ImposeSanction(VP, SanctionForm.HA_BAC_LUONG, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void aPostTakenAfterTheDecisionDoesNotWidenOrNarrowItsForms() {
        // a leader only from July: demotion from post is no form in June, salary demotion still is
        directory.withPostChange(HUONG, PersonCategory.CONG_CHUC, true, LocalDate.of(2024, 7, 1));
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.HA_BAC_LUONG, JUNE_10, null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.HA_BAC_LUONG, JUNE_10, null));
    }

    @Test
    void cannotRemoveAPublicEmployeeWithoutAPostFromPost() {
        fixture.given(recorded("LB-THCS-001", TRUONG_HOC), confirmed("LB-THCS-001", TRUONG_HOC))
                .when(new ImposeSanction(VP, SanctionForm.CACH_CHUC, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void aManagingPublicEmployeeMayBeRemovedFromPost() {
        fixture.given(recorded("LB-THCS-002", TRUONG_HOC), confirmed("LB-THCS-002", TRUONG_HOC))
                .when(new ImposeSanction(VP, SanctionForm.CACH_CHUC, JUNE_10, null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, "LB-THCS-002", TRUONG_HOC,
                        PersonCategory.VIEN_CHUC, true, SanctionForm.CACH_CHUC, JUNE_10, null));
    }

    @Test
    void cannotDemoteACivilServantWithoutAPost() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.GIANG_CHUC, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void cannotRemoveFromElectedOfficeAnyoneButACanBo() {
        fixture.given(recorded("LB-PNV-002", PHONG_NOI_VU), confirmed("LB-PNV-002", PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.BAI_NHIEM, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void cannotDismissACanBoFromEmployment() {
        UnitId longBien = new UnitId("LB");
        fixture.given(recorded("LB-CB-001", longBien), confirmed("LB-CB-001", longBien))
                .when(new ImposeSanction(VP, SanctionForm.BUOC_THOI_VIEC, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void cannotWarnAnEmployeeUnderTheLabourCode() {
        fixture.given(recorded("LB-LD-001", PHONG_NOI_VU), confirmed("LB-LD-001", PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, JUNE_10, null))
                .expectException(refusedBy("SANCTION_FORM_FOR_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    void theCategoryAndPostAreThoseOfTheDayOfTheDecision() {
        // Hương was appointed head of division after the violation: demotion in post is now open
        directory.withPerson(HUONG, "LB-PNV", PersonCategory.CONG_CHUC, true);
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.GIANG_CHUC, JUNE_10, null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, true, SanctionForm.GIANG_CHUC, JUNE_10, null));
    }

    @Test
    void aSanctionIsChargedToTheUnitThePersonWorkedInOnTheDayOfTheDecisionNotTheirUnitNow() {
        // Hương moved to the school in October, after the June decision, and works there now
        directory.withPerson(HUONG, "LB-THCS", PersonCategory.CONG_CHUC, false)
                .withTransfer(HUONG, "LB-PNV", LocalDate.of(2020, 1, 1))
                .withTransfer(HUONG, "LB-THCS", LocalDate.of(2024, 10, 1));
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, JUNE_10, null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.KHIEN_TRACH, JUNE_10, null));
    }

    @ParameterizedTest
    @EnumSource(value = SanctionForm.class, names = {"NHAC_NHO", "PHE_BINH"}, mode = EnumSource.Mode.EXCLUDE)
    void aUnitCannotBeDisciplined(SanctionForm form) {
        ViolationRecorded ofSchool = new ViolationRecorded(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC,
                "QTUX-THE-DEO", 1, MAY_17, ViolationSource.INSPECTION, null, null);
        fixture.given(ofSchool, new ViolationConfirmed(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC, MAY_17, FINDING))
                .when(new ImposeSanction(VP, form, JUNE_10, null))
                .expectException(refused(Reason.INVALID, "SANCTION_FORM_FOR_CATEGORY", "form"))
                .expectExceptionMessage(Matchers.endsWith("các hình thức được áp dụng: Nhắc nhở, Phê bình"))
                .expectNoEvents();
    }

    @Test
    void aUnitMayBeCriticised() {
        ViolationRecorded ofSchool = new ViolationRecorded(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC,
                "QTUX-THE-DEO", 1, MAY_17, ViolationSource.INSPECTION, null, null);
        fixture.given(ofSchool, new ViolationConfirmed(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC, MAY_17, FINDING))
                .when(new ImposeSanction(VP, SanctionForm.PHE_BINH, JUNE_10, "Thông báo 45/TB-UBND"))
                .expectEvents(new SanctionImposed(VP, SubjectKind.UNIT, "LB-THCS", TRUONG_HOC, null, false,
                        SanctionForm.PHE_BINH, JUNE_10, "Thông báo 45/TB-UBND"));
    }

    @Test
    void cannotSanctionPastTheLimitationPeriod() {
        LocalDate occurredOn = LocalDate.of(2018, 3, 10);
        fixture.given(recorded(HUONG, PHONG_NOI_VU, occurredOn), confirmed(HUONG, PHONG_NOI_VU, occurredOn))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 3, 11), null))
                .expectException(refused(Reason.CONFLICT, "SANCTION_LIMITATION_EXPIRED", "decidedOn"))
                .expectExceptionMessage("Đã hết thời hiệu xử lý khiển trách (5 năm kể từ ngày vi phạm 2018-03-10,"
                        + " hết ngày 2023-03-10; ngày quyết định 2023-03-11)")
                .expectNoEvents();
    }

    @Test
    void aSanctionOnTheLastDayOfTheLimitationPeriodStands() {
        LocalDate occurredOn = LocalDate.of(2018, 3, 10);
        fixture.given(recorded(HUONG, PHONG_NOI_VU, occurredOn), confirmed(HUONG, PHONG_NOI_VU, occurredOn))
                .when(new ImposeSanction(VP, SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 3, 10), null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 3, 10), null));
    }

    @Test
    void warningAndAboveHaveTenYears() {
        LocalDate occurredOn = LocalDate.of(2014, 3, 10);
        fixture.given(recorded(HUONG, PHONG_NOI_VU, occurredOn), confirmed(HUONG, PHONG_NOI_VU, occurredOn))
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, LocalDate.of(2024, 3, 10), null))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.CANH_CAO, LocalDate.of(2024, 3, 10), null));
        fixture.given(recorded(HUONG, PHONG_NOI_VU, occurredOn), confirmed(HUONG, PHONG_NOI_VU, occurredOn))
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, LocalDate.of(2024, 3, 11), null))
                .expectException(refusedBy("SANCTION_LIMITATION_EXPIRED"))
                .expectNoEvents();
    }

    @Test
    void cannotImposeASecondSanctionOnOneViolation() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, JUNE_10, "126/QĐ-UBND"))
                .expectException(refused(Reason.CONFLICT, "SANCTION_ALREADY_IMPOSED", null))
                .expectExceptionMessage("Vi phạm VP-2024-001 đã có quyết định Khiển trách số 125/QĐ-UBND ngày"
                        + " 2024-06-10; muốn xử lý lại phải hủy quyết định đó trước")
                .expectNoEvents();
    }

    @Test
    void annulsTheSanctionInForceOnTheDayOfTheAnnullingDecision() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new AnnulSanction(VP, "Hủy theo kết quả giải quyết khiếu nại", LocalDate.of(2024, 9, 20),
                        " 12/QĐ-UBND "))
                .expectEvents(new SanctionAnnulled(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND", "Hủy theo kết quả giải quyết khiếu nại",
                        LocalDate.of(2024, 9, 20), "12/QĐ-UBND"));
    }

    @Test
    void anAnnulmentWithoutItsDayIsDatedTheDayItIsRecordedInVietnam() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .andGivenCurrentTime(java.time.Instant.parse("2024-09-20T18:00:00Z")) // 01:00 on the 21st in Hà Nội
                .when(new AnnulSanction(VP, "Hủy"))
                .expectEvents(new SanctionAnnulled(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        SanctionForm.KHIEN_TRACH, JUNE_10, "125/QĐ-UBND", "Hủy", LocalDate.of(2024, 9, 21), null));
    }

    @Test
    void cannotAnnulASanctionOnADayBeforeItWasDecided() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new AnnulSanction(VP, "Hủy", JUNE_10.minusDays(1), null))
                .expectException(refused(Reason.INVALID, "SANCTION_ANNULLED_AFTER_DECISION", "annulledOn"))
                .expectNoEvents();
    }

    @Test
    void cannotAnnulASanctionOnADayStillToCome() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .andGivenCurrentTime(java.time.Instant.parse("2024-09-20T03:00:00Z"))
                .when(new AnnulSanction(VP, "Hủy", LocalDate.of(2024, 9, 21), null))
                .expectException(refused(Reason.INVALID, "SANCTION_ANNUL_DATE_NOT_IN_FUTURE", "annulledOn"))
                .expectNoEvents();
    }

    @Test
    void anAnnulledSanctionMayBeReplaced() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong(),
                        new SanctionAnnulled(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, SanctionForm.KHIEN_TRACH,
                                JUNE_10, "125/QĐ-UBND", "Hủy theo kết quả giải quyết khiếu nại"))
                .when(new ImposeSanction(VP, SanctionForm.NHAC_NHO, LocalDate.of(2024, 7, 1), "140/QĐ-UBND"))
                .expectEvents(new SanctionImposed(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU,
                        PersonCategory.CONG_CHUC, false, SanctionForm.NHAC_NHO, LocalDate.of(2024, 7, 1),
                        "140/QĐ-UBND"));
    }

    @Test
    void aNewDecisionCannotBeDatedBeforeTheAnnulmentOfTheOneBefore() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong(),
                        new SanctionAnnulled(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, SanctionForm.KHIEN_TRACH,
                                JUNE_10, "125/QĐ-UBND", "Hủy", LocalDate.of(2024, 8, 1), "12/QĐ-UBND"))
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, LocalDate.of(2024, 7, 1), "140/QĐ-UBND"))
                .expectException(refused(Reason.CONFLICT, "SANCTION_AFTER_ANNULMENT", "decidedOn"))
                .expectNoEvents();
    }

    @Test
    void aNewDecisionMayFollowTheAnnulmentOnItsDay() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong(),
                        new SanctionAnnulled(VP, SubjectKind.PERSON, HUONG, PHONG_NOI_VU, SanctionForm.KHIEN_TRACH,
                                JUNE_10, "125/QĐ-UBND", "Hủy", LocalDate.of(2024, 8, 1), "12/QĐ-UBND"))
                .when(new ImposeSanction(VP, SanctionForm.CANH_CAO, LocalDate.of(2024, 8, 1), "140/QĐ-UBND"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotAnnulWhenNoSanctionIsInForce() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU))
                .when(new AnnulSanction(VP, "Hủy"))
                .expectException(refused(Reason.CONFLICT, "SANCTION_IN_FORCE_REQUIRED", null))
                .expectNoEvents();
    }

    @Test
    void cannotAnnulWithoutAReason() {
        fixture.given(recorded(HUONG, PHONG_NOI_VU), confirmed(HUONG, PHONG_NOI_VU), reprimandOfHuong())
                .when(new AnnulSanction(VP, null))
                .expectException(refused(Reason.INVALID, "VIOLATION_REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAViolationOfAUnitOnADayAfterItWasClosed() {
        fixture.givenNoPriorActivity()
                .when(record("LB-SN", "NK-1", LocalDate.of(2024, 4, 1)))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "subjectId"))
                .expectNoEvents();
    }

    @Test
    void aViolationOfAClosedUnitOnItsLastDayIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(record("LB-SN", "NK-1", LocalDate.of(2024, 3, 31)))
                .expectSuccessfulHandlerExecution();
    }
}
