package vn.thidua.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.violation.SanctionForm;

class EligibilityJudgeTest {

    private static AnnualClassification member(String id, AnnualLevel level) {
        return new AnnualClassification(id, 2024, null, 12, level, level, List.of(), false,
                AnnualClassification.DECREE_90, "VN.HN-3814@1");
    }

    private static final List<AnnualClassification> GOOD_TEAM = List.of(member("P1", AnnualLevel.HTXSNV),
            member("P2", AnnualLevel.HTTNV), member("P3", AnnualLevel.HTTNV), member("P4", AnnualLevel.HTNV));

    @Test
    void advancedWorkerNeedsHttnvOrBetter() {
        assertThat(EligibilityJudge.advancedWorker(member("P1", AnnualLevel.HTTNV), EmulationLaw.LAW_2022).eligible())
                .isTrue();
        Eligibility no = EligibilityJudge.advancedWorker(member("P1", AnnualLevel.HTNV), EmulationLaw.LAW_2022);
        assertThat(no.eligible()).isFalse();
        assertThat(no.reasons()).extracting(Eligibility.Reason::code).containsExactly("LEVEL_BELOW_HTTNV");
    }

    @Test
    void aConfirmedViolationInTheYearBarsTheTitleWhateverTheLevel() {
        Eligibility barred = EligibilityJudge.advancedWorker(member("P1", AnnualLevel.HTXSNV), EmulationLaw.LAW_2022,
                "VP-7");
        assertThat(barred.eligible()).isFalse();
        assertThat(barred.reasons()).extracting(Eligibility.Reason::code)
                .containsExactly(EligibilityJudge.CONFIRMED_VIOLATION_IN_YEAR);
        assertThat(barred.reasons().get(0).message()).contains("VP-7");
    }

    @Test
    void theSameTeamWithAWarnedMemberPassesUnderTheNewLawAndFailsUnderTheOld() {
        Eligibility newLaw = EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, true, "HTXS",
                GOOD_TEAM, 1, SanctionForm.CANH_CAO);
        Eligibility oldLaw = EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2013, true, "HTXS",
                GOOD_TEAM, 1, SanctionForm.CANH_CAO);
        assertThat(newLaw.eligible()).isTrue();
        assertThat(oldLaw.eligible()).isFalse();
        assertThat(oldLaw.reasons()).extracting(Eligibility.Reason::code)
                .containsExactly("MEMBER_DISCIPLINED_CANH_CAO_OR_ABOVE");
    }

    @Test
    void everyFailedConditionIsGivenAsAReason() {
        List<AnnualClassification> weak = List.of(member("P1", AnnualLevel.KHTNV), member("P2", AnnualLevel.HTNV));
        Eligibility e = EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, false, "HTT", weak, 0,
                null);
        assertThat(e.reasons()).extracting(Eligibility.Reason::code).containsExactly("UNIT_NOT_HTXS",
                "MEMBERS_BELOW_HTNV", "ADVANCED_WORKERS_UNDER_70_PERCENT", "NO_EMULATION_FIGHTER");
    }

    @Test
    void anEmulationFighterWhoIsNotLaoDongTienTienDoesNotCarryTheCollective() {
        Eligibility e = EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, true, "HTXS",
                GOOD_TEAM, java.util.Set.of("P4"), null, null, java.util.Set.of());
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).extracting(Eligibility.Reason::code).containsExactly("NO_EMULATION_FIGHTER");
        assertThat(e.reasons().get(0).message()).contains("P4");
    }

    @Test
    void anEmulationFighterWhoIsLaoDongTienTienCarriesTheCollective() {
        assertThat(EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, true, "HTXS",
                GOOD_TEAM, java.util.Set.of("P4", "P2"), null, null, java.util.Set.of()).eligible()).isTrue();
    }

    /** A0..A6 rated HTTNV, B0..B2 HTNV. */
    private static List<AnnualClassification> sevenOfTenRatedHttnv() {
        List<AnnualClassification> team = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            team.add(member("A" + i, AnnualLevel.HTTNV));
        }
        for (int i = 0; i < 3; i++) {
            team.add(member("B" + i, AnnualLevel.HTNV));
        }
        return team;
    }

    @Test
    void seventyPercentIsEnough() {
        List<AnnualClassification> team = sevenOfTenRatedHttnv();
        assertThat(EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, true, "HTXS", team, 1, null)
                .eligible()).isTrue();
    }

    @Test
    void aMemberWhoseConfirmedViolationBarsLaoDongTienTienDoesNotCountTowardsTheSeventyPercent() {
        List<AnnualClassification> team = sevenOfTenRatedHttnv();
        // A0's level is HTTNV, but a confirmed violation of the year bars the title: 6 of 10
        Eligibility e = EligibilityJudge.excellentCollective("U", 2024, EmulationLaw.LAW_2022, true, "HTXS", team, 1,
                null, null, java.util.Set.of("A0"));
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).extracting(Eligibility.Reason::code).containsExactly("ADVANCED_WORKERS_UNDER_70_PERCENT");
        assertThat(e.reasons().get(0).message()).contains("6/10");
    }

    @Test
    void theFlagGoesToAUnitLeadingOneOfItsClusters() {
        ClusterPlace second = new ClusterPlace("CUM-1", "Cụm phường 1", 2, 8, "LB-GT", true);
        ClusterPlace first = new ClusterPlace("KHOI-2", "Khối 2", 1, 5, "LB-BD", true);
        assertThat(EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(second, first), null)
                .eligible()).isTrue();
        Eligibility notLeading = EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(second),
                null);
        assertThat(notLeading.eligible()).isFalse();
        assertThat(notLeading.reasons()).extracting(Eligibility.Reason::code).containsExactly("NOT_LEADING_CLUSTER");
        assertThat(notLeading.reasons().get(0).message()).contains("2/8", "LB-GT");
    }

    @Test
    void theFlagOfAClusterGivenToAnotherUnitIsNotGivenAgain() {
        ClusterPlace taken = new ClusterPlace("CUM-1", "Cụm phường 1", 1, 3, "LB-BD", true, "LB-GT");
        Eligibility refused = EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(taken),
                null);
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.reasons()).extracting(Eligibility.Reason::code).containsExactly("CLUSTER_FLAG_TAKEN");
        assertThat(refused.reasons().get(0).message()).contains("CUM-1", "LB-GT");
        // leading another cluster whose flag is free is enough
        ClusterPlace free = new ClusterPlace("KHOI-2", "Khối 2", 1, 5, "LB-BD", true);
        assertThat(EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(taken, free), null)
                .eligible()).isTrue();
    }

    @Test
    void theFlagNeedsAClusterAnEvaluationAndNoConfirmedViolation() {
        assertThat(EligibilityJudge.clusterFlag("LB", 2024, EmulationLaw.LAW_2022, List.of(), null).reasons())
                .extracting(Eligibility.Reason::code).containsExactly("NOT_CLUSTER_MEMBER");
        // first among units nobody evaluated is no lead
        ClusterPlace unevaluated = new ClusterPlace("CUM-1", "Cụm phường 1", 1, 3, "LB-BD", false);
        assertThat(EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(unevaluated), null)
                .eligible()).isFalse();
        ClusterPlace first = new ClusterPlace("CUM-1", "Cụm phường 1", 1, 3, "LB-BD", true);
        assertThat(EligibilityJudge.clusterFlag("LB-BD", 2024, EmulationLaw.LAW_2022, List.of(first), "VP-1")
                .reasons()).extracting(Eligibility.Reason::code)
                .containsExactly(EligibilityJudge.CONFIRMED_VIOLATION_IN_YEAR);
    }
}
