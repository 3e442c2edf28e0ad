package vn.thidua.ledger.query.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;

class SatisfactionComparisonTest {

    @Test
    void aYearOrLessIsComparedWithTheSamePeriodAYearEarlier() {
        assertThat(DossierService.comparedWith(Period.parse("2025")).orElseThrow()).isEqualTo(Period.parse("2024"));
        assertThat(DossierService.comparedWith(Period.parse("2025-H1")).orElseThrow())
                .isEqualTo(Period.parse("2024-H1"));
    }

    @Test
    void aPeriodLongerThanAYearIsComparedWithTheOneOfTheSameLengthJustBeforeNeverWithItself() {
        assertThat(DossierService.comparedWith(Period.parse("2024-01-01..2025-12-31")).orElseThrow())
                .isEqualTo(Period.parse("2022-01-01..2023-12-31"));
        assertThat(DossierService.comparedWith(Period.parse("2024-01-01..2025-06-30")).orElseThrow().overlaps(
                Period.parse("2024-01-01..2025-06-30"))).isFalse();
    }
}
