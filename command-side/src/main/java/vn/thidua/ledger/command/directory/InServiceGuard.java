package vn.thidua.ledger.command.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.ledger.command.dispatch.DecidedApartException;

/**
 * Holds the facts of people stored in one transaction against the dismissals (buộc thôi việc) stored before them.
 * Alone, a command dated after a dismissal it saw is refused; decided together with one (in a group commit, or an
 * import beside a concurrent dismissal) it saw none, and the transaction fails here to be decided again. A fact's
 * dismissals are those stored before it, in the stream's order: a dismissal stored after a fact it predates is a late
 * decision, and stands. The check is one statement as the transaction commits, so that an import of a thousand
 * evaluations costs one query, not a thousand.
 *
 * <p>Likewise a fact naming the unit the person worked in on its day (an evaluation, a violation, a pledge, a leave,
 * a sanction) stored after a transfer of the person in the same transaction: decided before the transfer was stored,
 * it named the old unit (and its writer's scope was checked against the old unit). Such a transaction fails too.
 */
final class InServiceGuard implements TransactionSynchronization {

    private static final Object KEY = InServiceGuard.class;

    private record Fact(LocalDate day, String what) {
    }

    private record Dismissal(String personId, LocalDate decidedOn) {
    }

    private record Transfer(LocalDate effectiveOn, String toUnit) {
    }

    private final JdbcClient jdbc;
    /** Per person, the fact stored in the transaction with the latest day: the first a dismissal would catch. */
    private final Map<String, Fact> latest = new HashMap<>();
    /** The dismissals the transaction stored, by violation, in force as it goes on. */
    private final Map<String, Dismissal> dismissalsHere = new HashMap<>();
    /** Violations whose sanction the transaction stored or annulled: their rows are judged here, in stream order. */
    private final Set<String> sanctionsHere = new HashSet<>();
    /** The transfers the transaction stored, by person, in stream order. */
    private final Map<String, List<Transfer>> transfersHere = new HashMap<>();

    private InServiceGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refuses a fact of {@code personId} dated {@code day} stored after a dismissal decided before that day: at
     * once against the dismissals stored earlier in this transaction, as it commits against the others.
     */
    static void serving(JdbcClient jdbc, String personId, LocalDate day, String what) {
        InServiceGuard guard = current(jdbc);
        if (guard == null) {
            // no transaction to wait for: against every dismissal stored until now
            if (dismissedBefore(jdbc, new String[] {personId}, new String[] {day.toString()}, new String[0])
                    .isPresent()) {
                throw apart(what, personId);
            }
            return;
        }
        guard.dismissalsHere.values().stream()
                .filter(d -> d.personId().equals(personId) && d.decidedOn().isBefore(day))
                .findAny().ifPresent(d -> {
                    throw apart(what, personId);
                });
        Fact before = guard.latest.get(personId);
        if (before == null || day.isAfter(before.day())) {
            guard.latest.put(personId, new Fact(day, what));
        }
    }

    /** A transfer stored in this transaction: the person's facts from its day on name its unit. */
    static void transferred(JdbcClient jdbc, String personId, LocalDate effectiveOn, String toUnit) {
        InServiceGuard guard = current(jdbc);
        if (guard != null) {
            guard.transfersHere.computeIfAbsent(personId, p -> new ArrayList<>()).add(new Transfer(effectiveOn, toUnit));
        }
    }

    /**
     * Refuses a fact of {@code personId} naming {@code unitId} as their unit on {@code day} when a transfer stored
     * before it in this transaction put them in another unit by then.
     */
    static void inUnit(JdbcClient jdbc, String personId, LocalDate day, String unitId, String what) {
        InServiceGuard guard = current(jdbc);
        if (guard == null || unitId == null) {
            return;
        }
        Transfer latest = null;
        for (Transfer transfer : guard.transfersHere.getOrDefault(personId, List.of())) {
            if (!transfer.effectiveOn().isAfter(day)
                    && (latest == null || !transfer.effectiveOn().isBefore(latest.effectiveOn()))) {
                latest = transfer;
            }
        }
        if (latest != null && !latest.toUnit().equals(unitId)) {
            throw new DecidedApartException(what + " of " + personId + " on " + day + " names unit " + unitId
                    + ", decided before their transfer to " + latest.toUnit());
        }
    }

    /** A sanction of a person stored (a dismissal or another form replacing one) in this transaction. */
    static void sanctioned(JdbcClient jdbc, String violationId, String personId, boolean dismissal,
                           LocalDate decidedOn) {
        InServiceGuard guard = current(jdbc);
        if (guard != null) {
            guard.sanctionsHere.add(violationId);
            guard.dismissalsHere.remove(violationId);
            if (dismissal) {
                guard.dismissalsHere.put(violationId, new Dismissal(personId, decidedOn));
            }
        }
    }

    /** A sanction annulled in this transaction. */
    static void annulled(JdbcClient jdbc, String violationId) {
        InServiceGuard guard = current(jdbc);
        if (guard != null) {
            guard.sanctionsHere.add(violationId);
            guard.dismissalsHere.remove(violationId);
        }
    }

    /** The guard of the transaction under way, begun with it; none outside a transaction's synchronisation. */
    private static InServiceGuard current(JdbcClient jdbc) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        InServiceGuard guard = (InServiceGuard) TransactionSynchronizationManager.getResource(KEY);
        if (guard == null) {
            guard = new InServiceGuard(jdbc);
            TransactionSynchronizationManager.bindResource(KEY, guard);
            TransactionSynchronizationManager.registerSynchronization(guard);
        }
        return guard;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (latest.isEmpty()) {
            return;
        }
        String[] persons = latest.keySet().toArray(String[]::new);
        String[] days = new String[persons.length];
        for (int i = 0; i < persons.length; i++) {
            days[i] = latest.get(persons[i]).day().toString();
        }
        dismissedBefore(jdbc, persons, days, sanctionsHere.toArray(String[]::new)).ifPresent(person -> {
            throw apart(latest.get(person).what(), person);
        });
    }

    /** A transaction begun apart inside this one has a guard of its own. */
    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(KEY, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    /** The first of {@code persons} dismissed before their day, but by a sanction of the {@code excluded}. */
    private static Optional<String> dismissedBefore(JdbcClient jdbc, String[] persons, String[] days,
                                                    String[] excluded) {
        return jdbc.sql("""
                        SELECT f.person_id FROM unnest(?::text[], ?::date[]) AS f(person_id, day)
                        JOIN directory_person_sanction s ON s.person_id = f.person_id
                         AND s.form = 'BUOC_THOI_VIEC' AND s.decided_on < f.day
                        WHERE s.violation_id <> ALL (?::text[])
                        ORDER BY f.person_id LIMIT 1""")
                .params(persons, days, excluded).query(String.class).optional();
    }

    private static DecidedApartException apart(String what, String personId) {
        return new DecidedApartException(what + " of " + personId + " dated after their dismissal");
    }
}
