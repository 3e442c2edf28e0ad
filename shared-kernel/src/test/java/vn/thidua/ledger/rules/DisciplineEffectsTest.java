package vn.thidua.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;

class DisciplineEffectsTest {

    private static DecidedSanction decided(String id, SanctionForm form, LocalDate on) {
        return new DecidedSanction(id, SubjectKind.PERSON, "P1", "LB-PNV", form, on, on.minusMonths(2));
    }

    @ParameterizedTest
    @CsvSource({"KHIEN_TRACH, 12", "CANH_CAO, 12", "HA_BAC_LUONG, 12", "GIANG_CHUC, 24", "CACH_CHUC, 24",
            "NHAC_NHO, 0", "PHE_BINH, 0", "BUOC_THOI_VIEC, 0"})
    void reprimandWarningAndSalaryDemotionBarForTwelveMonthsDemotionAndRemovalForTwentyFour(SanctionForm form,
                                                                                               int months) {
        assertThat(DisciplineEffects.barMonths(form)).isEqualTo(months);
    }

    @Test
    void theBarRunsFromTheDecisionToTheDayBeforeItsAnniversary() {
        DisciplineEffects.Bar bar = DisciplineEffects.bar(decided("V1", SanctionForm.CANH_CAO,
                LocalDate.of(2024, 3, 15))).orElseThrow();
        assertThat(bar.from()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(bar.to()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(bar.inEffectOn(LocalDate.of(2025, 3, 14))).isTrue();
        assertThat(bar.inEffectOn(LocalDate.of(2025, 3, 15))).isFalse();
    }

    @Test
    void aBarFromADayItsLastMonthLacksRunsToThatMonthsLastDay() {
        // 29 February 2024 has no 29 February 2025: the bar holds through the 28th, a day longer than 28 February's
        assertThat(DisciplineEffects.bar(decided("V1", SanctionForm.CANH_CAO, LocalDate.of(2024, 2, 29)))
                .orElseThrow().to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(DisciplineEffects.bar(decided("V2", SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 2, 28)))
                .orElseThrow().to()).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(DisciplineEffects.bar(decided("V3", SanctionForm.GIANG_CHUC, LocalDate.of(2024, 2, 29)))
                .orElseThrow().to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theLongestBarInEffectDecides() {
        List<DisciplineEffects.Bar> bars = DisciplineEffects.bars(List.of(
                decided("V1", SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 1, 10)),
                decided("V2", SanctionForm.GIANG_CHUC, LocalDate.of(2024, 6, 1)),
                decided("V3", SanctionForm.PHE_BINH, LocalDate.of(2024, 7, 1))));
        assertThat(bars).hasSize(2);
        assertThat(DisciplineEffects.barredThrough(bars, LocalDate.of(2024, 12, 1))).contains(LocalDate.of(2026, 5, 31));
        assertThat(DisciplineEffects.barredThrough(bars, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(DisciplineEffects.barredThrough(bars, LocalDate.of(2023, 12, 31))).isEmpty();
    }
}
