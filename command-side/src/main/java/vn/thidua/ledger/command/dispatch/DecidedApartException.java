package vn.thidua.ledger.command.dispatch;

/**
 * A rule between aggregates no longer holds once a transaction's events are in: two commands, each right alone and
 * decided before the other was stored, broke it together. The transaction is rolled back, and the command decided
 * again once the other is stored, when the rule refuses it as it would have alone.
 */
public class DecidedApartException extends IllegalStateException {

    /** How often a command is decided in all, when a concurrent one keeps breaking a rule with it. */
    static final int DECISIONS = 3;

    public DecidedApartException(String what) {
        super("decided together, apart they conflict: " + what);
    }

    /** Whether {@code e}, or what caused it, is one: the command is to be decided again. */
    static boolean causes(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DecidedApartException) {
                return true;
            }
        }
        return false;
    }
}
