package vn.thidua.ledger.command.person;

import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.person.ChangePersonPost;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.person.RecordLeave;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.api.person.TransferPerson;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

/** Transfers between units and changes of category or post, each from a date. */
class PersonChangesTest {

    private static final PersonId HUONG = new PersonId("LB-PNV-02");
    private static final UnitId NOI_VU = new UnitId("LB-PNV");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final PersonRegistered REGISTERED =
            new PersonRegistered(HUONG, NOI_VU, "Phạm Thị Hương", PersonCategory.CONG_CHUC, false);

    private FixtureConfiguration<Person> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(directory = new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-PNV", "LB")
                .withUnit("LB-BD", "LB")
                .withClosedUnit("LB-OLD", "LB"));
    }

    @Test
    void transferRecordsWhereThePersonCameFrom() {
        fixture.given(REGISTERED)
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2025, 1, 1)))
                .expectEvents(new PersonTransferred(HUONG, NOI_VU, BO_DE, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void cannotTransferToTheUnitThePersonWorksIn() {
        fixture.given(REGISTERED)
                .when(new TransferPerson(HUONG, NOI_VU, LocalDate.of(2025, 1, 1)))
                .expectException(refusedBy("PERSON_TRANSFER_TO_OTHER_UNIT"))
                .expectNoEvents();
    }

    @Test
    void cannotTransferToAClosedUnit() {
        fixture.given(REGISTERED)
                .when(new TransferPerson(HUONG, new UnitId("LB-OLD"), LocalDate.of(2025, 1, 1)))
                .expectException(refusedBy("UNIT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotTransferToAnUnknownUnit() {
        fixture.given(REGISTERED)
                .when(new TransferPerson(HUONG, new UnitId("NOWHERE"), LocalDate.of(2025, 1, 1)))
                .expectException(refusedBy("REFERENCE_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void changesTakeEffectInDateOrder() {
        fixture.given(REGISTERED, new PersonTransferred(HUONG, NOI_VU, BO_DE, LocalDate.of(2025, 6, 1)))
                .when(new TransferPerson(HUONG, NOI_VU, LocalDate.of(2025, 3, 1)))
                .expectException(refusedBy("PERSON_CHANGES_IN_DATE_ORDER"))
                .expectNoEvents();
    }

    @Test
    void aTransferDatedBeforeALaterChangeIsToldSoEvenToTheUnitTheyWorkInNow() {
        // in Bồ Đề since June: in March they were in Nội vụ, so "already works in Bồ Đề" would be untrue then
        fixture.given(REGISTERED, new PersonTransferred(HUONG, NOI_VU, BO_DE, LocalDate.of(2025, 6, 1)))
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2025, 3, 1)))
                .expectException(refusedBy("PERSON_CHANGES_IN_DATE_ORDER"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterPersonInAClosedUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(new PersonId("X"), new UnitId("LB-OLD"), "Lê Văn X",
                        PersonCategory.CONG_CHUC, false))
                .expectException(refusedBy("UNIT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void appointmentToALeadershipPostIsRecordedWithWhatItReplaces() {
        fixture.given(REGISTERED)
                .when(new ChangePersonPost(HUONG, PersonCategory.CONG_CHUC, true, LocalDate.of(2025, 2, 1)))
                .expectEvents(new PersonPostChanged(HUONG, NOI_VU, PersonCategory.CONG_CHUC, false,
                        PersonCategory.CONG_CHUC, true, LocalDate.of(2025, 2, 1)));
    }

    @Test
    void aChangeOfCategoryNotNamingThePostKeepsTheLeadershipPost() {
        fixture.given(REGISTERED, new PersonPostChanged(HUONG, NOI_VU, PersonCategory.CONG_CHUC, false,
                        PersonCategory.CONG_CHUC, true, LocalDate.of(2025, 2, 1)))
                .when(new ChangePersonPost(HUONG, PersonCategory.VIEN_CHUC, null, LocalDate.of(2025, 5, 1)))
                .expectEvents(new PersonPostChanged(HUONG, NOI_VU, PersonCategory.CONG_CHUC, true,
                        PersonCategory.VIEN_CHUC, true, LocalDate.of(2025, 5, 1)));
    }

    @Test
    void aChangeNamingNeitherANewCategoryNorANewPostIsRefused() {
        fixture.given(REGISTERED)
                .when(new ChangePersonPost(HUONG, PersonCategory.CONG_CHUC, null, LocalDate.of(2025, 5, 1)))
                .expectException(refusedBy("PERSON_POST_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void aPostChangeBackDatedBeforeASanctionMustAllowItsForm() {
        // hạ bậc lương was decided for a công chức; a viên chức cannot be demoted in salary (Decree 112)
        directory.withSanction("VP-3", HUONG.value(), SanctionForm.HA_BAC_LUONG, LocalDate.of(2024, 6, 10));
        fixture.given(REGISTERED)
                .when(new ChangePersonPost(HUONG, PersonCategory.VIEN_CHUC, false, LocalDate.of(2024, 1, 1)))
                .expectException(refusedBy("PERSON_POST_AFTER_SANCTION"))
                .expectNoEvents();
    }

    @Test
    void aPostChangeAfterASanctionOrOneAllowingItsFormIsRecorded() {
        directory.withSanction("VP-3", HUONG.value(), SanctionForm.HA_BAC_LUONG, LocalDate.of(2024, 6, 10))
                .withSanction("VP-4", HUONG.value(), SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 8, 1));
        // after the salary demotion, before a reprimand (which a viên chức may receive too)
        fixture.given(REGISTERED)
                .when(new ChangePersonPost(HUONG, PersonCategory.VIEN_CHUC, false, LocalDate.of(2024, 6, 11)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noTransferTakesEffectBeforeTheFirstDayOfService() {
        fixture.given(new PersonRegistered(HUONG, NOI_VU, "Phạm Thị Hương", PersonCategory.CONG_CHUC, false,
                        LocalDate.of(2024, 7, 15)))
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2024, 7, 1)))
                .expectException(refusedBy("PERSON_NOT_YET_IN_SERVICE"))
                .expectNoEvents();
    }

    @Test
    void aDismissedPersonIsTransferredNoMore() {
        directory.withSanction("VP-3", HUONG.value(), SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 6, 10));
        fixture.given(REGISTERED)
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2024, 9, 1)))
                .expectException(refusedBy("PERSON_DISMISSED"))
                .expectNoEvents();
    }

    @Test
    void noLeaveRunsPastADismissal() {
        directory.withSanction("VP-3", HUONG.value(), SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 6, 15));
        fixture.given(REGISTERED)
                .when(new vn.thidua.ledger.api.person.RecordLeave(HUONG, vn.thidua.ledger.api.person.LeaveKind.MATERNITY,
                        LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31), null))
                .expectException(refusedBy("PERSON_DISMISSED"))
                .expectNoEvents();
    }

    @Test
    void postChangeThatChangesNothingIsRefused() {
        fixture.given(REGISTERED)
                .when(new ChangePersonPost(HUONG, PersonCategory.CONG_CHUC, false, LocalDate.of(2025, 2, 1)))
                .expectException(refusedBy("PERSON_POST_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void aTransferIsRecordedOnceInEffectNotAhead() {
        // 17:30 UTC on 31 December is already 1 January in Vietnam
        fixture.givenCurrentTime(Instant.parse("2024-12-31T17:30:00Z"))
                .andGiven(REGISTERED)
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2025, 1, 2)))
                .expectException(refusedBy("PERSON_CHANGE_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
        fixture.givenCurrentTime(Instant.parse("2024-12-31T17:30:00Z"))
                .andGiven(REGISTERED)
                .when(new TransferPerson(HUONG, BO_DE, LocalDate.of(2025, 1, 1)))
                .expectEvents(new PersonTransferred(HUONG, NOI_VU, BO_DE, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aMaternityLeaveIsRecordedFromTheUnitThePersonWorkedInWhenItBegan() {
        fixture.given(REGISTERED)
                .when(new RecordLeave(HUONG, LeaveKind.MATERNITY, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31),
                        " Quyết định 12/QĐ "))
                .expectEvents(new LeaveRecorded(HUONG, NOI_VU, LeaveKind.MATERNITY, LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 8, 31), "Quyết định 12/QĐ"));
    }

    @Test
    void leavesDoNotOverlapAndEndNoEarlierThanTheyBegin() {
        LeaveRecorded spring = new LeaveRecorded(HUONG, NOI_VU, LeaveKind.MATERNITY, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 8, 31), null);
        fixture.given(REGISTERED, spring)
                .when(new RecordLeave(HUONG, LeaveKind.MATERNITY, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 30),
                        null))
                .expectException(refusedBy("LEAVE_NOT_OVERLAPPING"))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RecordLeave(HUONG, LeaveKind.MATERNITY, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 28),
                        null))
                .expectException(refusedBy("LEAVE_DATES_ORDERED"))
                .expectNoEvents();
    }

    @Test
    void aLeaveIsRecordedOnceItHasBegun() {
        fixture.givenCurrentTime(Instant.parse("2024-02-28T03:00:00Z"))
                .andGiven(REGISTERED)
                .when(new RecordLeave(HUONG, LeaveKind.MATERNITY, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31),
                        null))
                .expectException(refusedBy("LEAVE_BEGUN"))
                .expectNoEvents();
    }
}
