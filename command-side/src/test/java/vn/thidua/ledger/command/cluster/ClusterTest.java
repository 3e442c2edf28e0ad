package vn.thidua.ledger.command.cluster;

import static vn.thidua.ledger.command.directory.Refusals.refusedBy;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.cluster.AddClusterMember;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterMembershipEnded;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.cluster.EndClusterMembership;
import vn.thidua.ledger.api.cluster.RegisterCluster;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class ClusterTest {

    private static final ClusterId CUM_1 = new ClusterId("LB-CUM-1");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final ClusterRegistered REGISTERED =
            new ClusterRegistered(CUM_1, "Cụm thi đua số 1 các phường", ClusterKind.CUM);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    private FixtureConfiguration<Cluster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cluster.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit("LB", null).withUnit("LB-BD", "LB")
                .withClosedUnit("LB-SN", "LB", LocalDate.of(2024, 6, 30)));
    }

    @Test
    void registersACluster() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCluster(CUM_1, " Cụm thi đua số 1 các phường ", ClusterKind.CUM))
                .expectEvents(REGISTERED);
    }

    @Test
    void addsAMemberFromADate() {
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, BO_DE, JAN_2024, null))
                .expectEvents(new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null));
    }

    @Test
    void membershipCannotBeginAfterToday() {
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, BO_DE, vn.thidua.ledger.command.calendar.Today.date().plusDays(1),
                        null))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_DATE_NOT_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void membershipMayEndOnAPlannedDayToCome() {
        LocalDate nextYear = vn.thidua.ledger.command.calendar.Today.date().plusYears(1);
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, BO_DE, JAN_2024, nextYear))
                .expectEvents(new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, nextYear));
    }

    @Test
    void cannotAddAnUnknownUnit() {
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, new UnitId("NOWHERE"), JAN_2024, null))
                .expectException(refusedBy("REFERENCE_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void membershipCannotEndBeforeItStarts() {
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, BO_DE, JAN_2024, LocalDate.of(2023, 12, 31)))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_ORDERED"))
                .expectNoEvents();
    }

    @Test
    void membershipsOfOneUnitMayNotOverlap() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 12, 31)))
                .when(new AddClusterMember(CUM_1, BO_DE, LocalDate.of(2024, 12, 31), null))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_NO_OVERLAP"))
                .expectNoEvents();
    }

    @Test
    void aUnitMayRejoinAfterItsMembershipEnded() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null),
                        new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 6, 30)))
                .when(new AddClusterMember(CUM_1, BO_DE, LocalDate.of(2025, 1, 1), null))
                .expectEvents(new ClusterMemberAdded(CUM_1, BO_DE, LocalDate.of(2025, 1, 1), null));
    }

    @Test
    void endingAMembershipNeedsAnOpenOne() {
        fixture.given(REGISTERED)
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2024, 6, 30)))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_OPEN"))
                .expectNoEvents();
    }

    @Test
    void cannotEndTheMembershipOfAnUnknownUnit() {
        fixture.given(REGISTERED)
                .when(new EndClusterMembership(CUM_1, new UnitId("NOWHERE"), LocalDate.of(2024, 6, 30)))
                .expectException(refusedBy("REFERENCE_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void endingRecordsTheWholeSpan() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null))
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2024, 6, 30)))
                .expectEvents(new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void anEndGivenLaterIsBroughtForwardForAUnitLeavingEarly() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2028, 6, 30)))
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2025, 6, 30)))
                .expectEvents(new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void anEndAlreadyRecordedIsBroughtForwardAgainButNeverPushedBack() {
        ClusterMembershipEnded wrongly = new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2028, 6, 30));
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null), wrongly)
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2025, 6, 30)))
                .expectEvents(new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2025, 6, 30)));
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null), wrongly)
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2029, 6, 30)))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_OPEN"))
                .expectNoEvents();
    }

    @Test
    void pushingBackTheEndOfAnEarlierMembershipIsAConflictEvenWithALaterOneOpen() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 3, 31)),
                        new ClusterMemberAdded(CUM_1, BO_DE, LocalDate.of(2024, 7, 1), null))
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2024, 5, 15)))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_OPEN"))
                .expectNoEvents();
    }

    @Test
    void anEndBeforeEveryStartIsOutOfOrder() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 3, 31)),
                        new ClusterMemberAdded(CUM_1, BO_DE, LocalDate.of(2024, 7, 1), null))
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2023, 1, 1)))
                .expectException(refusedBy("CLUSTER_MEMBERSHIP_ORDERED"))
                .expectExceptionMessage("Ngày kết thúc 2023-01-01 trước ngày bắt đầu 2024-01-01")
                .expectNoEvents();
    }

    @Test
    void theSameEndSentAgainChangesNothing() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, null),
                        new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2024, 6, 30)))
                .when(new EndClusterMembership(CUM_1, BO_DE, LocalDate.of(2024, 6, 30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aShortenedMembershipMakesRoomToRejoin() {
        fixture.given(REGISTERED, new ClusterMemberAdded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2028, 6, 30)),
                        new ClusterMembershipEnded(CUM_1, BO_DE, JAN_2024, LocalDate.of(2025, 6, 30)))
                .when(new AddClusterMember(CUM_1, BO_DE, LocalDate.of(2025, 7, 1), null))
                .expectEvents(new ClusterMemberAdded(CUM_1, BO_DE, LocalDate.of(2025, 7, 1), null));
    }

    @Test
    void cannotAddAUnitFromADayAfterItWasClosed() {
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, new UnitId("LB-SN"), LocalDate.of(2024, 7, 1), null))
                .expectException(refusedBy("UNIT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void aClosedUnitMayStillBeRecordedAsAMemberFromBeforeItsClosure() {
        UnitId merged = new UnitId("LB-SN");
        fixture.given(REGISTERED)
                .when(new AddClusterMember(CUM_1, merged, JAN_2024, LocalDate.of(2024, 6, 30)))
                .expectEvents(new ClusterMemberAdded(CUM_1, merged, JAN_2024, LocalDate.of(2024, 6, 30)));
    }
}
