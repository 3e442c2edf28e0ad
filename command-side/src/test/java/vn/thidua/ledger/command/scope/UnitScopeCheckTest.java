package vn.thidua.ledger.command.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterMembershipEnded;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeWithdrawn;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.review.ReviewId;
import vn.thidua.ledger.api.review.ReviewKind;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationSource;
import vn.thidua.ledger.command.directory.InMemoryDirectory;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

class UnitScopeCheckTest {

    private static final UnitId LONG_BIEN = new UnitId("LB");
    private static final UnitId BO_DE = new UnitId("LB-BD");
    private static final UnitId GIA_LAM = new UnitId("GL");

    private final UnitScopeCheck check = new UnitScopeCheck(new InMemoryDirectory()
            .withUnit("HN", null).withUnit("LB", "HN").withUnit("LB-BD", "LB").withUnit("GL", "HN")
            .withPerson("P-BD", "LB-BD", PersonCategory.CONG_CHUC, false)
            .withPerson("P-GL", "GL", PersonCategory.CONG_CHUC, false)
            // moved from Bồ Đề to Gia Lâm on 2024-09-01
            .withPerson("P-MV", "LB-BD", PersonCategory.CONG_CHUC, false)
            .withTransfer("P-MV", "GL", java.time.LocalDate.of(2024, 9, 1))
            .withCampaign("NKTC-LB", "LB", java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2025, 12, 31)));

    private static EventMessage<?> by(String scope, Object event) {
        Map<String, Object> metaData = new HashMap<>(Map.of(MetaDataKeys.ACTOR, "can-bo"));
        if (scope != null) {
            metaData.put(MetaDataKeys.UNIT_SCOPE, scope);
        }
        return GenericEventMessage.asEventMessage(event).andMetaData(metaData);
    }

    private void refused(EventMessage<?> message) {
        assertThatThrownBy(() -> check.check(message)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(RefusedException.Reason.FORBIDDEN);
            assertThat(e.rule()).isEqualTo(UnitScopeCheck.RULE);
        });
    }

    @Test
    void aScopedAccountRecordsForItsUnitAndTheUnitsBelow() {
        assertThatCode(() -> check.check(by("LB", new PersonRegistered(new PersonId("P-NEW"), BO_DE, "Lê Hà",
                PersonCategory.CONG_CHUC, false)))).doesNotThrowAnyException();
        // a new unit counts by its parent
        assertThatCode(() -> check.check(by("LB", new UnitRegistered(new UnitId("LB-NL"), "Phường Ngọc Lâm",
                UnitKind.COMMUNE, LONG_BIEN)))).doesNotThrowAnyException();
    }

    @Test
    void aScopedAccountCannotRecordForAnotherUnitNorMoveSomeoneThere() {
        refused(by("LB", new PersonRegistered(new PersonId("P-NEW"), GIA_LAM, "Đỗ Quý", PersonCategory.CAN_BO, false)));
        refused(by("LB", new PersonTransferred(new PersonId("P-BD"), BO_DE, GIA_LAM, java.time.LocalDate.of(2025, 1, 1))));
        refused(by("LB-BD", new UnitRegistered(new UnitId("LB-X"), "Phòng X", UnitKind.DIVISION, LONG_BIEN)));
    }

    @Test
    void organisationWideRecordsNeedAnAccountOfTheWholeOrganisation() {
        refused(by("LB", new ClusterRegistered(new ClusterId("CUM-1"), "Cụm 1", ClusterKind.CUM)));
        refused(by("LB", new UnitRegistered(new UnitId("HBT"), "Quận Hai Bà Trưng", UnitKind.DISTRICT, null)));
        assertThatCode(() -> check.check(by(null, new ClusterRegistered(new ClusterId("CUM-1"), "Cụm 1",
                ClusterKind.CUM)))).doesNotThrowAnyException();
    }

    @Test
    void aScopedAccountCannotChooseItsUnitsClusters() {
        refused(by("LB", new ClusterMemberAdded(new ClusterId("CUM-1"), LONG_BIEN, java.time.LocalDate.of(2025, 1, 1),
                null)));
        refused(by("LB", new ClusterMembershipEnded(new ClusterId("CUM-1"), BO_DE, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2025, 6, 30))));
        assertThatCode(() -> check.check(by(null, new ClusterMemberAdded(new ClusterId("CUM-1"), LONG_BIEN,
                java.time.LocalDate.of(2025, 1, 1), null)))).doesNotThrowAnyException();
    }

    @Test
    void aPersonsFactCountsInTheUnitOfItsDayNotWhereThePersonWorksNow() {
        // P-GL works in Gia Lâm now; the violation of last year was in Bồ Đề, where it is charged
        ViolationRecorded inBoDe = new ViolationRecorded(new ViolationId("V1"), SubjectKind.PERSON, "P-GL", BO_DE,
                "NK-1", 1, java.time.LocalDate.of(2024, 5, 2), ViolationSource.SUPERVISOR, null, null);
        assertThatCode(() -> check.check(by("LB", inBoDe))).doesNotThrowAnyException();
        refused(by("GL", inBoDe));
    }

    @Test
    void anAmendmentMovingAViolationToAnotherUnitConcernsTheUnitItLeavesToo() {
        // a new day after P-MV's move takes the violation from Bồ Đề to Gia Lâm: Gia Lâm alone cannot take it
        vn.thidua.ledger.api.violation.ViolationAmended moved = new vn.thidua.ledger.api.violation.ViolationAmended(
                new ViolationId("V1"), SubjectKind.PERSON, "P-MV", GIA_LAM, "NK-1", 1,
                java.time.LocalDate.of(2024, 9, 5), null, null, "NK-1", java.time.LocalDate.of(2024, 8, 5), null, null,
                "Ghi nhầm ngày", BO_DE);
        refused(by("GL", moved));
        refused(by("LB-BD", moved));
        assertThatCode(() -> check.check(by("HN", moved))).doesNotThrowAnyException();
    }

    @Test
    void aReviewCountsInTheScopeOfItsCampaign() {
        ReviewHeld review = new ReviewHeld(new ReviewId("SK-1"), new CampaignId("NKTC-LB"), ReviewKind.MID_TERM,
                java.time.LocalDate.of(2024, 12, 20), null, null);
        assertThatCode(() -> check.check(by("LB", review))).doesNotThrowAnyException();
        refused(by("LB-BD", review));
    }

    @Test
    void aPledgesWithdrawalCountsInTheUnitOfItsDay() {
        PledgeWithdrawn beforeTheMove = new PledgeWithdrawn(new PledgeId("PL-1"), new CampaignId("NKTC-LB"),
                new PersonId("P-MV"), java.time.LocalDate.of(2024, 8, 15), "Chuyển công tác");
        assertThatCode(() -> check.check(by("LB-BD", beforeTheMove))).doesNotThrowAnyException();
        refused(by("GL", beforeTheMove));
        PledgeWithdrawn afterTheMove = new PledgeWithdrawn(new PledgeId("PL-1"), new CampaignId("NKTC-LB"),
                new PersonId("P-MV"), java.time.LocalDate.of(2024, 9, 15), "Chuyển công tác");
        assertThatCode(() -> check.check(by("GL", afterTheMove))).doesNotThrowAnyException();
        refused(by("LB-BD", afterTheMove));
    }

    @Test
    void aLeaveRunningPastATransferConcernsBothUnits() {
        LeaveRecorded acrossTheMove = new LeaveRecorded(new PersonId("P-MV"), BO_DE, LeaveKind.MATERNITY,
                java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2024, 11, 1), null);
        refused(by("LB-BD", acrossTheMove));
        refused(by("GL", acrossTheMove));
        assertThatCode(() -> check.check(by(null, acrossTheMove))).doesNotThrowAnyException();
        LeaveRecorded beforeTheMove = new LeaveRecorded(new PersonId("P-MV"), BO_DE, LeaveKind.MATERNITY,
                java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 8, 31), null);
        assertThatCode(() -> check.check(by("LB-BD", beforeTheMove))).doesNotThrowAnyException();
    }
}
