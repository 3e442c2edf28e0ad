package vn.thidua.ledger.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.ledger.api.violation.SanctionForm;

/**
 * What a disciplinary decision bars, and for how long (Law 52/2019 amending the Laws on Cadres and Civil Servants
 * and on Public Employees, art. 82): no raise of grade or rank, no planning and no appointment for 12 months from a
 * khiển trách, cảnh cáo or hạ bậc lương, 24 months from a giáng chức or cách chức, counted from the decision.
 */
public final class DisciplineEffects {

    /** One decision's bar: its first and last day barred (inclusive). */
    public record Bar(DecidedSanction sanction, LocalDate from, LocalDate to) {

        public boolean inEffectOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private DisciplineEffects() {
    }

    /** How many months {@code form} bars promotion and appointment; 0 for forms with no such bar. */
    public static int barMonths(SanctionForm form) {
        return switch (form) {
            case KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG -> 12;
            case GIANG_CHUC, CACH_CHUC -> 24;
            default -> 0; // reminders, criticism; removal and dismissal end the post or the service itself
        };
    }

    /**
     * The bar of {@code sanction}, if its form has one: from the decision to the day before its anniversary — or, when
     * that month has no such day (a decision of 29 February, of the 31st), to the month's last day (Civil Code 2015,
     * art. 148: a period in months ends on the corresponding day, else the last day of the month).
     */
    public static Optional<Bar> bar(DecidedSanction sanction) {
        int months = barMonths(sanction.form());
        if (months == 0) {
            return Optional.empty();
        }
        LocalDate anniversary = sanction.decidedOn().plusMonths(months);
        boolean noSuchDay = anniversary.getDayOfMonth() != sanction.decidedOn().getDayOfMonth();
        return Optional.of(new Bar(sanction, sanction.decidedOn(), noSuchDay ? anniversary : anniversary.minusDays(1)));
    }

    /** The bars of {@code sanctions}, earliest first. */
    public static List<Bar> bars(List<DecidedSanction> sanctions) {
        return sanctions.stream().map(DisciplineEffects::bar).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Bar::from).thenComparing(b -> b.sanction().violationId())).toList();
    }

    /** The last day any of {@code bars} still holds on or after {@code day}; empty when none holds then. */
    public static Optional<LocalDate> barredThrough(List<Bar> bars, LocalDate day) {
        return bars.stream().filter(b -> !b.to().isBefore(day)).filter(b -> !b.from().isAfter(day))
                .map(Bar::to).max(Comparator.naturalOrder());
    }
}
