package vn.thidua.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.rules.Sets.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;

class AnnualClassifierTest {

    private static Map<Integer, BigDecimal> months(int count, String score) {
        Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
        for (int m = 1; m <= count; m++) {
            scores.put(m, d(score));
        }
        return scores;
    }

    private static DecidedSanction reprimand(int decidedYear, int violationYear) {
        return new DecidedSanction("V1", SubjectKind.PERSON, "P1", "U", SanctionForm.KHIEN_TRACH,
                LocalDate.of(decidedYear, 10, 1), LocalDate.of(violationYear, 3, 1));
    }

    private static AnnualClassification classify(int year, Map<Integer, BigDecimal> scores,
                                                 List<DecidedSanction> sanctions, AnnualClassification previous) {
        return AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, year, Sets.hanoi3814(), scores, sanctions,
                previous);
    }

    @Test
    void meanOfTheMonthsGivesTheLevel() {
        AnnualClassification c = classify(2024, months(12, "91"), List.of(), null);
        assertThat(c.level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(c.meanScore()).isEqualByComparingTo("91");
    }

    @Test
    void aViolationOfTheYearCostsItsWholePenaltyInTheYearNotATwelfth() {
        // 72 every month before penalties, one NK violation of 5 points: 67, level HT (C band), not 71.58 (B band)
        AnnualClassification c = AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, 2024, Sets.hanoi3814(),
                months(12, "72"), d("5"), 0, 12, true, List.of(), null);
        assertThat(c.meanScore()).isEqualByComparingTo("67");
        assertThat(c.penalty()).isEqualByComparingTo("5");
        assertThat(c.level()).isEqualTo(AnnualLevel.HTNV);
    }

    @Test
    void underSixMonthsWorkedIsNotClassified() {
        AnnualClassification c = classify(2024, months(5, "95"), List.of(), null);
        assertThat(c.level()).isEqualTo(AnnualLevel.NOT_CLASSIFIED);
        assertThat(c.adjustedBy()).containsExactly(AnnualClassification.WORKED_UNDER_SIX_MONTHS);
    }

    @Test
    void absentThreeToSixMonthsIsAtMostHtnv() {
        AnnualClassification c = classify(2024, months(7, "95"), List.of(), null);
        assertThat(c.level()).isEqualTo(AnnualLevel.HTNV);
        assertThat(c.adjustedBy()).containsExactly(AnnualClassification.ABSENT_THREE_TO_SIX_MONTHS);
        // absent exactly 3 months is "from 3 months"
        assertThat(classify(2024, months(9, "95"), List.of(), null).level()).isEqualTo(AnnualLevel.HTNV);
    }

    @Test
    void absentUnderThreeMonthsIsNotCapped() {
        assertThat(classify(2024, months(10, "95"), List.of(), null).level()).isEqualTo(AnnualLevel.HTXSNV);
    }

    @Test
    void monthsBeforeThePersonsFirstDayAreNoAbsence() {
        // joined in April, evaluated every month since: nine months worked of nine in service
        int inService = AnnualClassifier.monthsInService(2024, LocalDate.of(2024, 4, 1), null);
        assertThat(inService).isEqualTo(9);
        AnnualClassification recruit = AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, 2024,
                Sets.hanoi3814(), months(9, "95"), 0, inService, List.of(), null);
        assertThat(recruit.level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(recruit.adjustedBy()).isEmpty();
        // in service since April but evaluated six months of the nine: absent three
        assertThat(AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, 2024, Sets.hanoi3814(),
                months(6, "95"), 0, inService, List.of(), null).level()).isEqualTo(AnnualLevel.HTNV);
    }

    @Test
    void aYearClassifiedBeforeItEndsIsAbsentOnlyFromTheMonthsItHasHad() {
        // classified on 7 December: January to November have ended, December is under way
        assertThat(AnnualClassifier.monthsInService(2026, null, null, LocalDate.of(2026, 12, 7))).isEqualTo(11);
        assertThat(AnnualClassifier.monthsInService(2026, null, null, LocalDate.of(2027, 1, 1))).isEqualTo(12);
        assertThat(AnnualClassifier.monthsInService(2026, LocalDate.of(2026, 3, 15), null, LocalDate.of(2026, 12, 7)))
                .isEqualTo(9);
    }

    @Test
    void sixMonthsOfServiceAreCountedFromDayToDayNotByMonthsEvaluated() {
        assertThat(AnnualClassifier.servedSixMonths(2025, LocalDate.of(2025, 7, 1), null)).isTrue();
        assertThat(AnnualClassifier.servedSixMonths(2025, LocalDate.of(2025, 7, 2), null)).isFalse();
        assertThat(AnnualClassifier.servedSixMonths(2025, LocalDate.of(2025, 7, 20), null)).isFalse();
        assertThat(AnnualClassifier.servedSixMonths(2025, null, LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(AnnualClassifier.servedSixMonths(2025, null, LocalDate.of(2025, 6, 29))).isFalse();
        assertThat(AnnualClassifier.servedSixMonths(2025, LocalDate.of(2019, 3, 4), null)).isTrue();
        // joined on 20 July and evaluated July to December: six months evaluated, five months and twelve days served
        AnnualClassification late = AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, 2025,
                Sets.hanoi3814(), months(6, "95"), BigDecimal.ZERO, 0, 6, false, List.of(), null);
        assertThat(late.level()).isEqualTo(AnnualLevel.NOT_CLASSIFIED);
        assertThat(late.adjustedBy()).containsExactly(AnnualClassification.WORKED_UNDER_SIX_MONTHS);
    }

    @Test
    void aPersonInServiceUnderSixMonthsOfTheYearIsNotClassified() {
        int inService = AnnualClassifier.monthsInService(2024, LocalDate.of(2024, 8, 20), null);
        assertThat(inService).isEqualTo(5);
        assertThat(AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, 2024, Sets.hanoi3814(),
                months(5, "95"), 0, inService, List.of(), null).level()).isEqualTo(AnnualLevel.NOT_CLASSIFIED);
    }

    @Test
    void monthsInServiceEndWithTheMonthOfADismissal() {
        // the month the dismissal was decided in had begun: it is a month of service, the later ones are not
        assertThat(AnnualClassifier.monthsInService(2024, null, LocalDate.of(2024, 9, 1))).isEqualTo(9);
        assertThat(AnnualClassifier.monthsInService(2024, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30)))
                .isEqualTo(7);
        assertThat(AnnualClassifier.monthsInService(2024, LocalDate.of(2023, 5, 1), null)).isEqualTo(12);
        assertThat(AnnualClassifier.monthsInService(2024, LocalDate.of(2025, 1, 1), null)).isZero();
    }

    @Test
    void theYearNamesTheSetWhoseBandsLeveledIt() {
        assertThat(classify(2024, months(12, "91"), List.of(), null).criteriaSet())
                .isEqualTo(Sets.hanoi3814().ref().toString());
    }

    @Test
    void moreMonthsWorkedNeverGiveALowerLevel() {
        // six worked, six absent: the decree's two rules leave it between them; capped like seven worked
        AnnualClassification six = classify(2024, months(6, "95"), List.of(), null);
        assertThat(six.level()).isEqualTo(AnnualLevel.HTNV);
        assertThat(six.adjustedBy()).containsExactly(AnnualClassification.ABSENT_THREE_TO_SIX_MONTHS);
        for (int worked = 6; worked < 12; worked++) {
            assertThat(classify(2024, months(worked + 1, "95"), List.of(), null).level().ordinal())
                    .isLessThanOrEqualTo(classify(2024, months(worked, "95"), List.of(), null).level().ordinal());
        }
    }

    @Test
    void monthsOfMaternityLeaveCountAsWorkedAndTheYearIsClassifiedOnTheMonthsEvaluated() {
        // 4 months evaluated and 6 on maternity leave: classified, and not capped as absent
        AnnualClassification c = AnnualClassifier.classify("P1", PersonCategory.VIEN_CHUC, 2024, Sets.hanoi3814(),
                months(4, "95"), 6, List.of(), null);
        assertThat(c.level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(c.monthsEvaluated()).isEqualTo(4);
        assertThat(c.adjustedBy()).containsExactly(AnnualClassification.MATERNITY_LEAVE_EXCEPTED);
        // 4 evaluated and 3 on leave: 7 months count, absent 3 to 6 months: at most HTNV
        assertThat(AnnualClassifier.classify("P1", PersonCategory.VIEN_CHUC, 2024, Sets.hanoi3814(), months(4, "95"), 3,
                List.of(), null).level()).isEqualTo(AnnualLevel.HTNV);
        // 9 evaluated and one on leave: the leave lifts the cap 9 months alone would have had, and says so
        AnnualClassification lifted = AnnualClassifier.classify("P1", PersonCategory.VIEN_CHUC, 2024, Sets.hanoi3814(),
                months(9, "95"), 1, List.of(), null);
        assertThat(lifted.level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(lifted.adjustedBy()).containsExactly(AnnualClassification.MATERNITY_LEAVE_EXCEPTED);
        // no month evaluated at all: nothing to classify on
        assertThat(AnnualClassifier.classify("P1", PersonCategory.VIEN_CHUC, 2024, Sets.hanoi3814(), months(0, "95"), 12,
                List.of(), null).level()).isEqualTo(AnnualLevel.NOT_CLASSIFIED);
    }

    @Test
    void disciplineInTheYearGivesKhtnvFromDecree48On() {
        AnnualClassification c = classify(2024, months(12, "95"), List.of(reprimand(2024, 2024)), null);
        assertThat(c.level()).isEqualTo(AnnualLevel.KHTNV);
        assertThat(c.adjustedBy()).containsExactly(AnnualClassification.DISCIPLINED_IN_YEAR);
        assertThat(classify(2023, months(12, "95"), List.of(reprimand(2023, 2023)), null).level())
                .isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void ratingsBeforeDecree48AreNotReopenedByDiscipline() {
        assertThat(classify(2022, months(12, "95"), List.of(reprimand(2022, 2022)), null).level())
                .isEqualTo(AnnualLevel.HTXSNV);
    }

    @Test
    void reminderOrCriticismIsNotDiscipline() {
        DecidedSanction criticism = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "U", SanctionForm.PHE_BINH,
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 3, 1));
        assertThat(classify(2024, months(12, "95"), List.of(criticism), null).level()).isEqualTo(AnnualLevel.HTXSNV);
    }

    /** A year whose score lost violation V1's points. */
    private static AnnualClassification pricedYear(int year, String beforePenalty) {
        return AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, year, Sets.hanoi3814(),
                months(12, beforePenalty), d("5"), List.of("V1"), 0, 12, true, List.of(), null, Map.of());
    }

    private static AnnualClassification classify(int year, List<DecidedSanction> sanctions,
                                                 AnnualClassification... earlier) {
        Map<Integer, AnnualClassification> years = new java.util.HashMap<>();
        for (AnnualClassification c : earlier) {
            years.put(c.year(), c);
        }
        return AnnualClassifier.classify("P1", PersonCategory.CONG_CHUC, year, Sets.hanoi3814(), months(12, "95"),
                BigDecimal.ZERO, List.of(), 0, 12, true, sanctions, years.get(year - 1), years);
    }

    @Test
    void aViolationAlreadyFailingItsYearDoesNotFailTheNextYearWhenItsDecisionArrives() {
        AnnualClassification year2024 = pricedYear(2024, "45"); // 40 once V1's 5 points are taken
        assertThat(year2024.level()).isEqualTo(AnnualLevel.KHTNV);
        assertThat(classify(2025, List.of(reprimand(2025, 2024)), year2024).level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(classify(2025, List.of(reprimand(2025, 2024)), pricedYear(2024, "100")).level())
                .isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void aViolationWhoseYearFailedWithoutLosingItsPointsFailsTheYearOfItsDecision() {
        // 2024 failed by its score alone: V1 cost it nothing (no penalty for its rule), so it was no ground of it
        AnnualClassification year2024 = classify(2024, months(12, "40"), List.of(), null);
        assertThat(year2024.level()).isEqualTo(AnnualLevel.KHTNV);
        assertThat(classify(2025, List.of(reprimand(2025, 2024)), year2024).level()).isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void aViolationAlreadyFailingItsYearDoesNotFailALaterYearWhenItsDecisionArrivesYearsAfter() {
        AnnualClassification year2024 = pricedYear(2024, "45");
        AnnualClassification year2025 = classify(2025, List.of(), year2024);
        AnnualClassification year2026 = classify(2026, List.of(reprimand(2026, 2024)), year2024, year2025);
        assertThat(year2026.level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(year2026.adjustedBy()).doesNotContain(AnnualClassification.DISCIPLINED_IN_YEAR);
        // without the year it answers looked at, the decision fails its year
        assertThat(classify(2026, List.of(reprimand(2026, 2024)), year2025).level()).isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void twoFailingYearsInARowFlagACivilServantForDismissal() {
        AnnualClassification first = classify(2024, months(12, "40"), List.of(), null);
        AnnualClassification second = classify(2025, months(12, "40"), List.of(), first);
        assertThat(second.dismissalFlag()).isTrue();
        assertThat(first.dismissalFlag()).isFalse();
    }

    @Test
    void disciplineDecidedBeforeDecree48TookEffectDoesNotFailItsYear() {
        DecidedSanction august = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "U", SanctionForm.KHIEN_TRACH,
                LocalDate.of(2023, 8, 1), LocalDate.of(2023, 2, 1));
        DecidedSanction september15 = new DecidedSanction("V2", SubjectKind.PERSON, "P1", "U",
                SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 9, 15), LocalDate.of(2023, 2, 1));
        assertThat(classify(2023, months(12, "95"), List.of(august), null).level()).isEqualTo(AnnualLevel.HTXSNV);
        assertThat(classify(2023, months(12, "95"), List.of(september15), null).level()).isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void aYearFailedByAnotherViolationsDisciplineDoesNotSpendThisOne() {
        // 2024 failed for violation A's discipline; violation B of October 2024, disciplined in 2025, fails 2025
        AnnualClassification year2024 = classify(2024, months(12, "95"), List.of(reprimand(2024, 2024)), null);
        assertThat(year2024.level()).isEqualTo(AnnualLevel.KHTNV);
        assertThat(classify(2025, months(12, "95"), List.of(reprimand(2025, 2024)), year2024).level())
                .isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void aMeanJustBelowABandEdgeIsClassifiedBelowIt() {
        Map<Integer, BigDecimal> scores = months(11, "90");
        scores.put(12, d("89.9995"));
        AnnualClassification c = classify(2024, scores, List.of(), null);
        assertThat(c.meanScore().toPlainString()).isEqualTo("89.9999");
        assertThat(c.level()).isEqualTo(AnnualLevel.HTTNV);
    }

    @Test
    void from2026ACivilServantsYearFollowsDecree335AndOthersDecree90() {
        AnnualClassification civilServant = classify(2026, months(12, "95"), List.of(), null);
        assertThat(civilServant.basis()).isEqualTo(AnnualClassification.DECREE_335);
        assertThat(civilServant.level()).isEqualTo(AnnualLevel.HTXSNV);
        AnnualClassification publicEmployee = AnnualClassifier.classify("P2", PersonCategory.VIEN_CHUC, 2026,
                Sets.hanoi3814(), months(12, "95"), List.of(), null);
        assertThat(publicEmployee.basis()).isEqualTo(AnnualClassification.DECREE_90);
        assertThat(classify(2025, months(12, "95"), List.of(), null).basis()).isEqualTo(AnnualClassification.DECREE_90);
        // khiển trách decided in the year: KHT under Decree 335 too
        assertThat(classify(2026, months(12, "95"), List.of(reprimand(2026, 2026)), null).level())
                .isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void underDecree335HtxsIsAtMostAFifthOfThoseRatedHtt() {
        List<AnnualClassification> unit = new java.util.ArrayList<>();
        String[] excellent = {"95", "94", "93", "92", "91"};
        for (int i = 0; i < excellent.length; i++) {
            unit.add(AnnualClassifier.classify("X" + i, PersonCategory.CONG_CHUC, 2026, Sets.hanoi3814(),
                    months(12, excellent[i]), List.of(), null));
        }
        for (int i = 0; i < 8; i++) {
            unit.add(AnnualClassifier.classify("G" + i, PersonCategory.CONG_CHUC, 2026, Sets.hanoi3814(),
                    months(12, "80"), List.of(), null));
        }
        // a viên chức under Decree 90 is neither counted nor demoted
        unit.add(AnnualClassifier.classify("V0", PersonCategory.VIEN_CHUC, 2026, Sets.hanoi3814(),
                months(12, "90"), List.of(), null));
        List<AnnualClassification> result = AnnualClassifier.applyDecree335Quota(unit);
        // two keep HTXS, the two best: 2 ≤ ⌊20% × (8 + 3 demoted)⌋ = 2, where 3 would exceed ⌊20% × 10⌋
        assertThat(result).filteredOn(c -> c.level() == AnnualLevel.HTXSNV).extracting(AnnualClassification::personId)
                .containsExactly("X0", "X1", "V0");
        assertThat(result.get(4).level()).isEqualTo(AnnualLevel.HTTNV);
        assertThat(result.get(4).adjustedBy()).containsExactly(AnnualClassification.QUOTA);
        assertThat(result).extracting(AnnualClassification::personId).startsWith("X0", "X1", "X2");
    }

    @Test
    void underDecree335ThreeReachingHtxsBesideSevenRatedHttLeaveOne() {
        List<AnnualClassification> unit = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            unit.add(AnnualClassifier.classify("X" + i, PersonCategory.CONG_CHUC, 2026, Sets.hanoi3814(),
                    months(12, "95"), List.of(), null));
        }
        for (int i = 0; i < 7; i++) {
            unit.add(AnnualClassifier.classify("G" + i, PersonCategory.CONG_CHUC, 2026, Sets.hanoi3814(),
                    months(12, "80"), List.of(), null));
        }
        // 1 ≤ ⌊20% × 9 rated HTT⌋; of the ten rated HTT or better, two would keep it
        assertThat(AnnualClassifier.applyDecree335Quota(unit)).filteredOn(c -> c.level() == AnnualLevel.HTXSNV)
                .hasSize(1);
    }
}
