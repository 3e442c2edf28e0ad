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

    @Test
    void aViolationAlreadyFailingItsYearDoesNotFailTheNextYearWhenItsDecisionArrives() {
        AnnualClassification year2024 = classify(2024, months(12, "40"), List.of(), null);
        assertThat(year2024.level()).isEqualTo(AnnualLevel.KHTNV);
        AnnualClassification year2025 = classify(2025, months(12, "95"), List.of(reprimand(2025, 2024)), year2024);
        assertThat(year2025.level()).isEqualTo(AnnualLevel.HTXSNV);
        AnnualClassification otherwise = classify(2025, months(12, "95"), List.of(reprimand(2025, 2024)),
                classify(2024, months(12, "95"), List.of(), null));
        assertThat(otherwise.level()).isEqualTo(AnnualLevel.KHTNV);
    }

    @Test
    void twoFailingYearsInARowFlagACivilServantForDismissal() {
        AnnualClassification first = classify(2024, months(12, "40"), List.of(), null);
        AnnualClassification second = classify(2025, months(12, "40"), List.of(), first);
        assertThat(second.dismissalFlag()).isTrue();
        assertThat(first.dismissalFlag()).isFalse();
    }
}
