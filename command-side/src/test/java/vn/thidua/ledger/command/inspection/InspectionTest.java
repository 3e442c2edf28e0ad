package vn.thidua.ledger.command.inspection;

import java.time.LocalDate;
import static vn.thidua.ledger.command.directory.Refusals.refused;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.inspection.CloseInspection;
import vn.thidua.ledger.api.inspection.FindingResult;
import vn.thidua.ledger.api.inspection.InspectionClosed;
import vn.thidua.ledger.api.inspection.InspectionFindingRecorded;
import vn.thidua.ledger.api.inspection.InspectionId;
import vn.thidua.ledger.api.inspection.InspectionKind;
import vn.thidua.ledger.api.inspection.InspectionOpened;
import vn.thidua.ledger.api.inspection.InspectionTeam;
import vn.thidua.ledger.api.inspection.OpenInspection;
import vn.thidua.ledger.api.inspection.RecordFinding;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class InspectionTest {

    private static final InspectionId INSPECTION = new InspectionId("KT-LB-2024-01");
    private static final InspectionTeam TEAM = InspectionTeam.named("Đoàn kiểm tra liên ngành Thành phố");
    private static final UnitId PHONG_NOI_VU = new UnitId("LB-PNV");
    private static final InspectionOpened OPENED = new InspectionOpened(INSPECTION, TEAM, PHONG_NOI_VU, "2024", 1);
    private static final InspectionClosed CLOSED = new InspectionClosed(INSPECTION, PHONG_NOI_VU, "2024",
            "Đơn vị triển khai nghiêm túc");

    private FixtureConfiguration<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-PNV", "LB")
                .withClosedUnit("LB-SN", "LB", LocalDate.of(2023, 12, 31)));
    }

    @Test
    void opensInspectionUnderTheChecklistInForceWhenThePeriodBegan() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "2024"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void anInspectionSaysWhoInspectsAndTheDayItBegan() {
        fixture.givenCurrentTime(java.time.Instant.parse("2024-12-01T03:00:00Z"))
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "2024", InspectionKind.SELF,
                        LocalDate.of(2024, 11, 15)))
                .expectEvents(new InspectionOpened(INSPECTION, TEAM, PHONG_NOI_VU, "2024", 1, InspectionKind.SELF,
                        LocalDate.of(2024, 11, 15)));
    }

    @Test
    void cannotBeginInspectingBeforeThePeriodInspectedBegins() {
        fixture.givenCurrentTime(java.time.Instant.parse("2024-12-01T03:00:00Z"))
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "2024-H2", InspectionKind.SUPERIOR,
                        LocalDate.of(2024, 6, 30)))
                .expectException(refused(Reason.INVALID, "INSPECTION_OPENED_AFTER_PERIOD_BEGINS", "openedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotDateAnInspectionAhead() {
        fixture.givenCurrentTime(java.time.Instant.parse("2024-12-01T03:00:00Z"))
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "2024", InspectionKind.SUPERIOR,
                        LocalDate.of(2024, 12, 20)))
                .expectException(refused(Reason.INVALID, "INSPECTION_DATE_NOT_IN_FUTURE", "openedOn"))
                .expectNoEvents();
    }

    @Test
    void teamMayBeGivenAsTheNamesOfItsMembers() {
        InspectionTeam members = InspectionTeam.ofMembers(List.of("Trần Văn Bình", "Lê Thị Mai"));
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, members, PHONG_NOI_VU, "2024-H1"))
                .expectEvents(new InspectionOpened(INSPECTION, members, PHONG_NOI_VU, "2024-H1", 1));
    }

    @Test
    void periodBeforeTheFirstChecklistIsInspectedUnderTheEarliestVersion() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "2018"))
                .expectEvents(new InspectionOpened(INSPECTION, TEAM, PHONG_NOI_VU, "2018", 1));
    }

    @Test
    void aTeamIsANameOrAListOfNamesNotADocument() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, InspectionTeam.named("Đ".repeat(501)), PHONG_NOI_VU, "2024"))
                .expectException(refused(Reason.INVALID, "INSPECTION_TEAM_SIZE", "team"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, InspectionTeam.ofMembers(java.util.Collections.nCopies(51,
                        "Trần Văn Bình")), PHONG_NOI_VU, "2024"))
                .expectException(refused(Reason.INVALID, "INSPECTION_TEAM_SIZE", "team"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, InspectionTeam.ofMembers(List.of("Lê Thị Mai", "B".repeat(201))),
                        PHONG_NOI_VU, "2024"))
                .expectException(refused(Reason.INVALID, "INSPECTION_TEAM_SIZE", "team"))
                .expectNoEvents();
    }

    @Test
    void aTeamNameIsCountedInCharactersAsWritten() {
        // 200 Vietnamese letters typed decomposed (e + two combining marks each) are 200 characters, not 600
        String decomposed = java.text.Normalizer.normalize("ệ".repeat(200), java.text.Normalizer.Form.NFD);
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, InspectionTeam.ofMembers(List.of(decomposed)), PHONG_NOI_VU,
                        "2024"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotOpenInspectionByATeamThatNamesNobody() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, InspectionTeam.ofMembers(List.of()), PHONG_NOI_VU, "2024"))
                .expectException(refused(Reason.INVALID, "INSPECTION_TEAM_REQUIRED", "team"))
                .expectNoEvents();
    }

    @Test
    void cannotOpenInspectionOfUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, new UnitId("HK-PNV"), "2024"))
                .expectException(refused(Reason.NOT_FOUND, "REFERENCE_EXISTS", "targetUnitId"))
                .expectNoEvents();
    }

    @Test
    void cannotInspectAPeriodNotBegunYet() {
        String next = Integer.toString(java.time.LocalDate.now().getYear() + 1);
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, next))
                .expectException(refused(Reason.INVALID, "INSPECTION_PERIOD_BEGUN", "period"))
                .expectNoEvents();
    }

    @Test
    void cannotOpenInspectionForAnInvalidPeriod() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, PHONG_NOI_VU, "năm 2024"))
                .expectException(refused(Reason.INVALID, "PERIOD_VALID", "period"))
                .expectNoEvents();
    }

    @Test
    void recordsFindingOnAChecklistItem() {
        fixture.given(OPENED)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.PARTLY_MET,
                        "Chưa ký giao ước giữa các phòng"))
                .expectEvents(new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1, "COVENANT_SIGNED",
                        FindingResult.PARTLY_MET, "Chưa ký giao ước giữa các phòng"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAUNCH_ORGANISED", "COVENANT_SIGNED", "CONTENT_IMPLEMENTED", "SELF_INSPECTION_DONE",
            "REVIEW_AND_AWARDS_DONE", "GRASSROOTS_DEMOCRACY_APPLIED", "DUTIES_PERFORMED"})
    void everyItemOfTheSeedChecklistMayBeFound(String item) {
        fixture.given(OPENED)
                .when(new RecordFinding(INSPECTION, item, FindingResult.MET, null))
                .expectEvents(new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1, item,
                        FindingResult.MET, null));
    }

    @Test
    void cannotRecordFindingOnAnItemOutsideTheChecklist() {
        fixture.given(OPENED)
                .when(new RecordFinding(INSPECTION, "DRESS_CODE", FindingResult.MET, null))
                .expectException(refused(Reason.INVALID, "INSPECTION_CHECKLIST_ITEM_KNOWN", "item"))
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Nội dung kiểm tra 'DRESS_CODE' không có trong danh mục kiểm tra "
                                + "(phiên bản 1); các mục: "),
                        org.hamcrest.Matchers.containsString("COVENANT_SIGNED ("),
                        org.hamcrest.Matchers.containsString("REVIEW_AND_AWARDS_DONE (")))
                .expectNoEvents();
    }

    @Test
    void cannotRecordFindingWithoutResult() {
        fixture.given(OPENED)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", null, null))
                .expectException(refused(Reason.INVALID, "INSPECTION_RESULT_REQUIRED", "result"))
                .expectNoEvents();
    }

    @Test
    void findingOnAnUnknownInspectionIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.MET, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theFindingInForceSentAgainRecordsNothing() {
        InspectionFindingRecorded found = new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1,
                "COVENANT_SIGNED", FindingResult.MET, "Đã ký bổ sung");
        fixture.given(OPENED, found)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.MET, " Đã ký bổ sung "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFindingReplacedMayBeRecordedAgain() {
        InspectionFindingRecorded met = new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1,
                "COVENANT_SIGNED", FindingResult.MET, null);
        InspectionFindingRecorded notMet = new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1,
                "COVENANT_SIGNED", FindingResult.NOT_MET, null);
        fixture.given(OPENED, met, notMet)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.MET, null))
                .expectEvents(met);
    }

    @Test
    void closesInspectionWithItsConclusion() {
        fixture.given(OPENED)
                .when(new CloseInspection(INSPECTION, "Đơn vị triển khai nghiêm túc"))
                .expectEvents(CLOSED);
    }

    @Test
    void cannotCloseWithoutConclusion() {
        fixture.given(OPENED)
                .when(new CloseInspection(INSPECTION, " "))
                .expectException(refused(Reason.INVALID, "INSPECTION_CONCLUSION_REQUIRED", "conclusion"))
                .expectNoEvents();
    }

    @Test
    void nothingMayBeRecordedAfterClosing() {
        fixture.given(OPENED, CLOSED)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.MET, null))
                .expectException(refused(Reason.CONFLICT, "INSPECTION_CLOSED", null))
                .expectNoEvents();
    }

    @Test
    void cannotCloseTwice() {
        fixture.given(OPENED, CLOSED)
                .when(new CloseInspection(INSPECTION, "Kết luận bổ sung"))
                .expectException(refused(Reason.CONFLICT, "INSPECTION_CLOSED", null))
                .expectNoEvents();
    }

    @Test
    void aFindingOrCloseInForceSentAgainAfterTheCloseRecordsNothingAndIsNoConflict() {
        fixture.given(OPENED, new InspectionFindingRecorded(INSPECTION, PHONG_NOI_VU, "2024", 1, "COVENANT_SIGNED",
                        FindingResult.MET, null), CLOSED)
                .when(new RecordFinding(INSPECTION, "COVENANT_SIGNED", FindingResult.MET, " "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(OPENED, CLOSED)
                .when(new CloseInspection(INSPECTION, " Đơn vị triển khai nghiêm túc "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotInspectAUnitForAPeriodThatBeganAfterItWasClosed() {
        fixture.givenNoPriorActivity()
                .when(new OpenInspection(INSPECTION, TEAM, new UnitId("LB-SN"), "2024"))
                .expectException(refused(Reason.CONFLICT, "UNIT_CLOSED", "targetUnitId"))
                .expectNoEvents();
    }
}
