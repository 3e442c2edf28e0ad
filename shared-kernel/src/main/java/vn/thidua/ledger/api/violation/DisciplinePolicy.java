package vn.thidua.ledger.api.violation;

import static vn.thidua.ledger.api.violation.SanctionForm.BAI_NHIEM;
import static vn.thidua.ledger.api.violation.SanctionForm.BUOC_THOI_VIEC;
import static vn.thidua.ledger.api.violation.SanctionForm.CACH_CHUC;
import static vn.thidua.ledger.api.violation.SanctionForm.CANH_CAO;
import static vn.thidua.ledger.api.violation.SanctionForm.GIANG_CHUC;
import static vn.thidua.ledger.api.violation.SanctionForm.HA_BAC_LUONG;
import static vn.thidua.ledger.api.violation.SanctionForm.KHIEN_TRACH;
import static vn.thidua.ledger.api.violation.SanctionForm.NHAC_NHO;
import static vn.thidua.ledger.api.violation.SanctionForm.PHE_BINH;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.ledger.api.person.PersonCategory;

/**
 * Which sanction forms may be decided for whom, and until when. The table follows Decree 112/2020 (amended
 * by Decree 71/2023) for cán bộ, công chức and viên chức, and the Labour Code for người lao động; reminder
 * and criticism, not being discipline, are open to everyone, and they are all a unit can get.
 */
public final class DisciplinePolicy {

    private record Row(PersonCategory category, boolean leader, Set<SanctionForm> disciplinaryForms) {
    }

    private static final Set<SanctionForm> NOT_DISCIPLINARY = EnumSet.of(NHAC_NHO, PHE_BINH);

    /** One row per category, without a post (leader = false) and with a post of leadership or management. */
    private static final List<Row> TABLE = List.of(
            new Row(PersonCategory.CAN_BO, false, EnumSet.of(KHIEN_TRACH, CANH_CAO, CACH_CHUC, BAI_NHIEM)),
            new Row(PersonCategory.CAN_BO, true, EnumSet.of(KHIEN_TRACH, CANH_CAO, CACH_CHUC, BAI_NHIEM)),
            new Row(PersonCategory.CONG_CHUC, false, EnumSet.of(KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, BUOC_THOI_VIEC)),
            new Row(PersonCategory.CONG_CHUC, true,
                    EnumSet.of(KHIEN_TRACH, CANH_CAO, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC)),
            new Row(PersonCategory.VIEN_CHUC, false, EnumSet.of(KHIEN_TRACH, CANH_CAO, BUOC_THOI_VIEC)),
            new Row(PersonCategory.VIEN_CHUC, true, EnumSet.of(KHIEN_TRACH, CANH_CAO, CACH_CHUC, BUOC_THOI_VIEC)),
            new Row(PersonCategory.NGUOI_LAO_DONG, false, EnumSet.of(KHIEN_TRACH, BUOC_THOI_VIEC)),
            new Row(PersonCategory.NGUOI_LAO_DONG, true, EnumSet.of(KHIEN_TRACH, CACH_CHUC, BUOC_THOI_VIEC)));

    private DisciplinePolicy() {
    }

    /**
     * The forms open to a subject: for a person, by category and whether they hold a post; for a unit,
     * reminder and criticism only ({@code category} and {@code leader} are then ignored).
     */
    public static Set<SanctionForm> allowedForms(SubjectKind kind, PersonCategory category, boolean leader) {
        Objects.requireNonNull(kind, "subject kind");
        EnumSet<SanctionForm> forms = EnumSet.copyOf(NOT_DISCIPLINARY);
        if (kind == SubjectKind.PERSON) {
            Objects.requireNonNull(category, "a person's category");
            TABLE.stream()
                    .filter(row -> row.category() == category && row.leader() == leader)
                    .findFirst()
                    .ifPresent(row -> forms.addAll(row.disciplinaryForms()));
        }
        return Collections.unmodifiableSet(forms);
    }

    public static boolean allows(SanctionForm form, SubjectKind kind, PersonCategory category, boolean leader) {
        return allowedForms(kind, category, leader).contains(form);
    }

    /** The allowed forms in Vietnamese, lightest first, for messages: "Nhắc nhở, Phê bình, Khiển trách, …". */
    public static String allowedFormsLabel(SubjectKind kind, PersonCategory category, boolean leader) {
        return allowedForms(kind, category, leader).stream()
                .map(SanctionForm::label)
                .collect(Collectors.joining(", "));
    }

    /** Who the subject is, in the words of the table: "Công chức giữ chức vụ lãnh đạo, quản lý", "Tập thể". */
    public static String subjectLabel(SubjectKind kind, PersonCategory category, boolean leader) {
        if (kind == SubjectKind.UNIT) {
            return "Tập thể (cơ quan, đơn vị)";
        }
        return category.label() + (leader ? " giữ chức vụ lãnh đạo, quản lý" : " không giữ chức vụ lãnh đạo, quản lý");
    }

    /** The last day on which {@code form} may still be decided for a violation of {@code occurredOn}. */
    public static LocalDate limitationEnds(SanctionForm form, LocalDate occurredOn) {
        return occurredOn.plusYears(form.limitationYears());
    }

    /**
     * True when a decision on {@code decidedOn} is within the limitation period (the last day included). A reminder
     * or criticism is not discipline: Decree 112's limitation periods do not bound it.
     */
    public static boolean withinLimitation(SanctionForm form, LocalDate occurredOn, LocalDate decidedOn) {
        return !form.disciplinary() || !decidedOn.isAfter(limitationEnds(form, occurredOn));
    }
}
