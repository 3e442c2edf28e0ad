package vn.thidua.ledger.api.violation;

/**
 * The forms a sanction may take, declared from the lightest to the heaviest. Reminder and criticism are not
 * disciplinary; the others are the forms of Decree 112/2020 (amended by 71/2023) and of the Labour Code.
 * The limitation period (thời hiệu) counts from the day of the violation: 5 years up to khiển trách,
 * 10 years from cảnh cáo up.
 */
public enum SanctionForm {
    NHAC_NHO("Nhắc nhở", "Reminder", 1, 5, false),
    PHE_BINH("Phê bình", "Criticism", 2, 5, false),
    KHIEN_TRACH("Khiển trách", "Reprimand", 3, 5, true),
    CANH_CAO("Cảnh cáo", "Warning", 4, 10, true),
    HA_BAC_LUONG("Hạ bậc lương", "Salary step demotion", 5, 10, true),
    GIANG_CHUC("Giáng chức", "Demotion to a lower post", 6, 10, true),
    CACH_CHUC("Cách chức", "Removal from post", 7, 10, true),
    // the heaviest form for elected cán bộ and the heaviest for everyone else: one rank each, never both open
    BAI_NHIEM("Bãi nhiệm", "Removal from elected office", 8, 10, true),
    BUOC_THOI_VIEC("Buộc thôi việc", "Dismissal", 9, 10, true);

    private final String label;
    private final String labelEn;
    private final int severity;
    private final int limitationYears;
    private final boolean disciplinary;

    SanctionForm(String label, String labelEn, int severity, int limitationYears, boolean disciplinary) {
        this.label = label;
        this.labelEn = labelEn;
        this.severity = severity;
        this.limitationYears = limitationYears;
        this.disciplinary = disciplinary;
    }

    /** The Vietnamese name, as written in decisions. */
    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Rank from 1 (lightest) upwards. */
    public int severity() {
        return severity;
    }

    /** Years after the violation within which this form may still be decided (thời hiệu). */
    public int limitationYears() {
        return limitationYears;
    }

    /** False for reminder and criticism, which are not discipline (kỷ luật). */
    public boolean disciplinary() {
        return disciplinary;
    }

    /** True when this form is {@code other} or heavier. */
    public boolean isAtLeast(SanctionForm other) {
        return severity >= other.severity;
    }
}
