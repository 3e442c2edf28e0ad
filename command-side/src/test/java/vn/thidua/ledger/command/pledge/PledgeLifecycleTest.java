package vn.thidua.ledger.command.pledge;

import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeRenewed;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.pledge.PledgeWithdrawn;
import vn.thidua.ledger.api.pledge.RenewPledge;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.api.pledge.WithdrawPledge;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

/** Yearly renewal and withdrawal of pledges, and the unit on the day of signing. */
class PledgeLifecycleTest {

    private static final PledgeId PLEDGE = new PledgeId("CK-1");
    private static final CampaignId NKTC = new CampaignId("NKTC");
    private static final PersonId HUONG = new PersonId("P1");
    private static final UnitId NOI_VU = new UnitId("LB-PNV");
    private static final List<String> ITEMS = List.of("Không tham nhũng, lãng phí");
    private static final PledgeSigned SIGNED =
            new PledgeSigned(PLEDGE, NKTC, HUONG, NOI_VU, LocalDate.of(2024, 1, 15), ITEMS);

    private FixtureConfiguration<Pledge> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pledge.class);
        directory = new InMemoryDirectory().withUnit("LB", null).withUnit("LB-PNV", "LB").withUnit("GL", null)
                .withPerson("P1", "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withCampaign("NKTC", "LB", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        fixture.registerInjectableResource(directory);
    }

    @Test
    void renewalForTheNextYearKeepsTheItemsWhenNoneAreGiven() {
        fixture.given(SIGNED)
                .when(new RenewPledge(PLEDGE, 2025, LocalDate.of(2025, 1, 10), null))
                .expectEvents(new PledgeRenewed(PLEDGE, NKTC, HUONG, 2025, LocalDate.of(2025, 1, 10), ITEMS));
    }

    @Test
    void aPledgeIsRenewedOnceAYear() {
        fixture.given(SIGNED)
                .when(new RenewPledge(PLEDGE, 2024, LocalDate.of(2024, 6, 1), null))
                .expectException(refusedBy("PLEDGE_ONCE_A_YEAR"))
                .expectNoEvents();
    }

    @Test
    void renewalYearMustFallWithinTheCampaign() {
        fixture.given(SIGNED)
                .when(new RenewPledge(PLEDGE, 2026, LocalDate.of(2025, 12, 20), null))
                .expectException(refusedBy("PLEDGE_RENEWAL_YEAR_IN_CAMPAIGN"))
                .expectNoEvents();
    }

    @Test
    void cannotRenewForAYearAlreadyOverOrBeforeTheSigning() {
        fixture.given(new PledgeSigned(PLEDGE, NKTC, HUONG, NOI_VU, LocalDate.of(2025, 2, 1), ITEMS))
                .when(new RenewPledge(PLEDGE, 2024, LocalDate.of(2025, 3, 1), null))
                .expectException(refusedBy("PLEDGE_RENEWAL_YEAR"))
                .expectNoEvents();
    }

    @Test
    void renewalIsSignedBeforeTheCampaignEnds() {
        fixture.given(SIGNED)
                .when(new RenewPledge(PLEDGE, 2025, LocalDate.of(2031, 1, 1), null))
                .expectException(refusedBy("PLEDGE_RENEWAL_WITHIN_CAMPAIGN"))
                .expectNoEvents();
    }

    @Test
    void withdrawalRecordsTheReason() {
        fixture.given(SIGNED)
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2025, 3, 1), " Chuyển công tác "))
                .expectEvents(new PledgeWithdrawn(PLEDGE, NKTC, HUONG, LocalDate.of(2025, 3, 1), "Chuyển công tác"));
    }

    @Test
    void cannotWithdrawAPledgeAfterItsCampaignEnded() {
        fixture.given(SIGNED)
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2026, 3, 1), "Chuyển công tác"))
                .expectException(refusedBy("PLEDGE_WITHDRAWAL_WITHIN_CAMPAIGN"))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawPledgeOnADayBeforeItsLastRenewal() {
        fixture.given(SIGNED, new PledgeRenewed(PLEDGE, NKTC, HUONG, 2025, LocalDate.of(2025, 1, 10), ITEMS))
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2024, 12, 1), "Chuyển công tác"))
                .expectException(refusedBy("PLEDGE_WITHDRAWAL_AFTER_RENEWAL"))
                .expectNoEvents();
    }

    @Test
    void aPledgeMayBeWithdrawnOnTheDayOfItsLastRenewal() {
        fixture.given(SIGNED, new PledgeRenewed(PLEDGE, NKTC, HUONG, 2025, LocalDate.of(2025, 1, 10), ITEMS))
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2025, 1, 10), "Chuyển công tác"))
                .expectEvents(new PledgeWithdrawn(PLEDGE, NKTC, HUONG, LocalDate.of(2025, 1, 10), "Chuyển công tác"));
    }

    @Test
    void withdrawalNeedsAReason() {
        fixture.given(SIGNED)
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2025, 3, 1), " "))
                .expectException(refusedBy("PLEDGE_WITHDRAWAL_REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPledgeCannotBeRenewedOrWithdrawnAgain() {
        PledgeWithdrawn withdrawn = new PledgeWithdrawn(PLEDGE, NKTC, HUONG, LocalDate.of(2025, 3, 1), "Nghỉ hưu");
        fixture.given(SIGNED, withdrawn)
                .when(new RenewPledge(PLEDGE, 2025, LocalDate.of(2025, 4, 1), null))
                .expectException(refusedBy("PLEDGE_WITHDRAWN"));
        fixture.given(SIGNED, withdrawn)
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2025, 4, 1), "lần nữa"))
                .expectException(refusedBy("PLEDGE_WITHDRAWN"))
                .expectNoEvents();
    }

    @Test
    void scopeIsJudgedByTheUnitOnTheDayOfSigning() {
        // transferred out of Long Biên in 2025: a pledge dated 2024 is still in scope, and names the 2024 unit
        directory.withTransfer("P1", "GL", LocalDate.of(2025, 1, 1));
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2024, 3, 1), ITEMS))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, NOI_VU, LocalDate.of(2024, 3, 1), ITEMS));
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2025, 3, 1), ITEMS))
                .expectException(refusedBy("PLEDGE_PERSON_IN_SCOPE"));
    }

    @Test
    void cannotSignPledgeOnADayStillToComeInVietnam() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2024, 7, 2), ITEMS))
                .expectException(refusedBy("PLEDGE_DATE_NOT_IN_FUTURE"))
                .expectExceptionMessage("Ngày ký cam kết 2024-07-02 ở tương lai (hôm nay là 2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void pledgeSignedTodayInVietnamIsRecorded() {
        fixture.givenCurrentTime(Instant.parse("2024-06-30T17:30:00Z"))
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2024, 7, 1), ITEMS))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, NOI_VU, LocalDate.of(2024, 7, 1), ITEMS));
    }

    @Test
    void cannotRenewPledgeOnADayStillToCome() {
        fixture.givenCurrentTime(Instant.parse("2024-12-20T03:00:00Z"))
                .andGiven(SIGNED)
                .when(new RenewPledge(PLEDGE, 2025, LocalDate.of(2025, 1, 10), null))
                .expectException(refusedBy("PLEDGE_RENEWAL_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawPledgeOnADayStillToCome() {
        fixture.givenCurrentTime(Instant.parse("2025-02-01T03:00:00Z"))
                .andGiven(SIGNED)
                .when(new WithdrawPledge(PLEDGE, LocalDate.of(2025, 3, 1), "Chuyển công tác"))
                .expectException(refusedBy("PLEDGE_WITHDRAWAL_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void cannotRenewAfterBeingTransferredOutOfTheCampaignsScope() {
        directory.withTransfer("P1", "GL", LocalDate.of(2025, 1, 1));
        fixture.given(SIGNED)
                .when(new RenewPledge(PLEDGE, 2025, LocalDate.of(2025, 1, 10), null))
                .expectException(refusedBy("PLEDGE_PERSON_IN_SCOPE"))
                .expectNoEvents();
    }

    @Test
    void aNewPledgeIsSignedNoEarlierThanThePreviousOneWasWithdrawn() {
        directory.withWithdrawnPledge("CK-0", "NKTC", "P1", LocalDate.of(2024, 6, 1));
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2024, 5, 1), ITEMS))
                .expectException(refusedBy("PLEDGE_AFTER_WITHDRAWAL"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SignPledge(PLEDGE, NKTC, HUONG, LocalDate.of(2024, 6, 1), ITEMS))
                .expectEvents(new PledgeSigned(PLEDGE, NKTC, HUONG, NOI_VU, LocalDate.of(2024, 6, 1), ITEMS));
    }
}
