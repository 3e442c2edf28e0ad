package vn.thidua.ledger.api.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.ledger.api.person.PersonCategory;

class DisciplinePolicyTest {

    /**
     * The table of Decree 112/2020 (amended 71/2023) and the Labour Code, written out cell by cell: one column per
     * form in the order of {@link SanctionForm}, 'x' where the form is allowed.
     */
    private static final String[][] TABLE = {
            //                         NHAC PHE  KHIEN CANH HA   GIANG CACH BAI  BUOC
            {"CAN_BO", "false",        "x", "x", "x",  "x", "-", "-",  "x", "x", "-"},
            {"CAN_BO", "true",         "x", "x", "x",  "x", "-", "-",  "x", "x", "-"},
            {"CONG_CHUC", "false",     "x", "x", "x",  "x", "x", "-",  "-", "-", "x"},
            {"CONG_CHUC", "true",      "x", "x", "x",  "x", "-", "x",  "x", "-", "x"},
            {"VIEN_CHUC", "false",     "x", "x", "x",  "x", "-", "-",  "-", "-", "x"},
            {"VIEN_CHUC", "true",      "x", "x", "x",  "x", "-", "-",  "x", "-", "x"},
            {"NGUOI_LAO_DONG", "false", "x", "x", "x", "-", "-", "-",  "-", "-", "x"},
            {"NGUOI_LAO_DONG", "true", "x", "x", "x",  "-", "-", "-",  "x", "-", "x"},
            {"UNIT", "false",          "x", "x", "-",  "-", "-", "-",  "-", "-", "-"},
    };

    static Stream<Arguments> cells() {
        SanctionForm[] forms = SanctionForm.values();
        return Arrays.stream(TABLE).flatMap(row -> Arrays.stream(forms).map(form ->
                Arguments.of(row[0], Boolean.parseBoolean(row[1]), form, "x".equals(row[2 + form.ordinal()]))));
    }

    @ParameterizedTest(name = "{0} leader={1} {2} allowed={3}")
    @MethodSource("cells")
    void everyCellOfTheTable(String subject, boolean leader, SanctionForm form, boolean allowed) {
        SubjectKind kind = "UNIT".equals(subject) ? SubjectKind.UNIT : SubjectKind.PERSON;
        PersonCategory category = kind == SubjectKind.UNIT ? null : PersonCategory.valueOf(subject);
        assertThat(DisciplinePolicy.allows(form, kind, category, leader)).isEqualTo(allowed);
    }

    @Test
    void theTableCoversEveryCategoryAndForm() {
        assertThat(Arrays.asList(TABLE)).hasSize(PersonCategory.values().length * 2 + 1)
                .allSatisfy(row -> assertThat(row).hasSize(2 + SanctionForm.values().length));
        assertThat(Arrays.stream(TABLE).map(row -> row[0] + row[1]).distinct()).hasSize(TABLE.length);
    }

    @Test
    void aUnitGetsReminderOrCriticismWhateverCategoryIsGiven() {
        assertThat(DisciplinePolicy.allowedForms(SubjectKind.UNIT, PersonCategory.CAN_BO, true))
                .containsExactly(SanctionForm.NHAC_NHO, SanctionForm.PHE_BINH);
    }

    @Test
    void aPersonNeedsACategory() {
        assertThatThrownBy(() -> DisciplinePolicy.allowedForms(SubjectKind.PERSON, null, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void allowedFormsAreNamedInVietnameseLightestFirst() {
        assertThat(DisciplinePolicy.allowedFormsLabel(SubjectKind.PERSON, PersonCategory.VIEN_CHUC, false))
                .isEqualTo("Nhắc nhở, Phê bình, Khiển trách, Cảnh cáo, Buộc thôi việc");
        assertThat(DisciplinePolicy.subjectLabel(SubjectKind.PERSON, PersonCategory.CONG_CHUC, true))
                .isEqualTo("Công chức giữ chức vụ lãnh đạo, quản lý");
    }

    @Test
    void formsAreOrderedBySeverity() {
        List<SanctionForm> forms = List.of(SanctionForm.values());
        for (int i = 1; i < forms.size(); i++) {
            assertThat(forms.get(i).severity()).isGreaterThan(forms.get(i - 1).severity());
        }
        assertThat(SanctionForm.CANH_CAO.isAtLeast(SanctionForm.KHIEN_TRACH)).isTrue();
        assertThat(SanctionForm.KHIEN_TRACH.isAtLeast(SanctionForm.KHIEN_TRACH)).isTrue();
        assertThat(SanctionForm.PHE_BINH.isAtLeast(SanctionForm.KHIEN_TRACH)).isFalse();
        assertThat(SanctionForm.PHE_BINH.disciplinary()).isFalse();
        assertThat(SanctionForm.KHIEN_TRACH.disciplinary()).isTrue();
        assertThat(SanctionForm.HA_BAC_LUONG.label()).isEqualTo("Hạ bậc lương");
    }

    @Test
    void aReprimandHasFiveYears() {
        LocalDate occurredOn = LocalDate.of(2019, 3, 10);
        assertThat(SanctionForm.KHIEN_TRACH.limitationYears()).isEqualTo(5);
        assertThat(DisciplinePolicy.withinLimitation(SanctionForm.KHIEN_TRACH, occurredOn, LocalDate.of(2024, 3, 10)))
                .isTrue();
        assertThat(DisciplinePolicy.withinLimitation(SanctionForm.KHIEN_TRACH, occurredOn, LocalDate.of(2024, 3, 11)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SanctionForm.class, names = {"NHAC_NHO", "PHE_BINH"})
    void aReminderOrCriticismIsNotDisciplineAndNotBoundByItsLimitation(SanctionForm form) {
        assertThat(DisciplinePolicy.withinLimitation(form, LocalDate.of(2010, 3, 10), LocalDate.of(2024, 3, 11)))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SanctionForm.class, names = {"NHAC_NHO", "PHE_BINH", "KHIEN_TRACH"}, mode = EnumSource.Mode.EXCLUDE)
    void formsFromWarningUpHaveTenYears(SanctionForm form) {
        LocalDate occurredOn = LocalDate.of(2014, 3, 10);
        assertThat(form.limitationYears()).isEqualTo(10);
        assertThat(DisciplinePolicy.withinLimitation(form, occurredOn, LocalDate.of(2024, 3, 10))).isTrue();
        assertThat(DisciplinePolicy.withinLimitation(form, occurredOn, LocalDate.of(2024, 3, 11))).isFalse();
    }

    @Test
    void aDecisionOnTheDayOfTheViolationIsWithinTheLimitation() {
        LocalDate day = LocalDate.of(2024, 5, 17);
        assertThat(DisciplinePolicy.withinLimitation(SanctionForm.KHIEN_TRACH, day, day)).isTrue();
    }

    @Test
    void aLeapDayViolationRunsOutOnTheLastDayOfFebruary() {
        LocalDate leapDay = LocalDate.of(2020, 2, 29);
        assertThat(DisciplinePolicy.limitationEnds(SanctionForm.KHIEN_TRACH, leapDay)).isEqualTo("2025-02-28");
        assertThat(DisciplinePolicy.withinLimitation(SanctionForm.KHIEN_TRACH, leapDay, LocalDate.of(2025, 3, 1)))
                .isFalse();
    }
}
