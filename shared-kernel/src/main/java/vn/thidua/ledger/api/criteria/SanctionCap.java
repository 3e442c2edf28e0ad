package vn.thidua.ledger.api.criteria;

import java.util.List;

/**
 * A sanction of at least {@code minForm} decided in the period caps the level at {@code maxLevel}. With
 * {@code window} {@value #YEAR}, a sanction decided earlier in the same calendar year caps too (Decree
 * 335/2025: disciplined at khiển trách or above in the year → KHT); {@value #PERIOD} is the default.
 * <p>
 * The forms are kept as their API names rather than an enum of this package: the violations feature owns
 * the sanction forms, and a criteria set only needs to know their order of severity, fixed here.
 */
public record SanctionCap(String minForm, String maxLevel, String window) {

    public static final String PERIOD = "PERIOD";
    public static final String YEAR = "YEAR";

    public SanctionCap {
        window = window == null ? PERIOD : window;
    }

    public SanctionCap(String minForm, String maxLevel) {
        this(minForm, maxLevel, PERIOD);
    }

    /** True when a sanction decided on {@code decidedOn} counts for a period from {@code from} to {@code to}. */
    public boolean counts(java.time.LocalDate decidedOn, java.time.LocalDate from, java.time.LocalDate to) {
        java.time.LocalDate start = YEAR.equals(window) ? to.withDayOfYear(1) : from;
        return !decidedOn.isBefore(start) && !decidedOn.isAfter(to);
    }

    /** Sanction forms from the lightest to the heaviest: reminders and criticism, then the disciplinary forms. */
    public static final List<String> FORMS_BY_SEVERITY = List.of("NHAC_NHO", "PHE_BINH", "KHIEN_TRACH", "CANH_CAO",
            "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BAI_NHIEM", "BUOC_THOI_VIEC");

    public static boolean isKnownForm(String form) {
        return form != null && FORMS_BY_SEVERITY.contains(form);
    }

    /** True when a sanction of {@code form} is at least as heavy as {@link #minForm()}. */
    public boolean reachedBy(String form) {
        return isKnownForm(form) && FORMS_BY_SEVERITY.indexOf(form) >= FORMS_BY_SEVERITY.indexOf(minForm);
    }
}
