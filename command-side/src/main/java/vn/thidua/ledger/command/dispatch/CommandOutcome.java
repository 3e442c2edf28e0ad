package vn.thidua.ledger.command.dispatch;

/**
 * The result of a handled command as the command bus returns it. The position is filled in during the
 * unit of work's prepare-commit phase, after the events were appended and while the transaction still holds
 * the position counter, so it is exactly the position of this command's last event.
 */
final class CommandOutcome {

    private volatile long position = -1;
    private volatile boolean stored;

    long position() {
        return position;
    }

    /** Whether the command stored an event; when not, {@link #position()} is its entity's last one. */
    boolean stored() {
        return stored;
    }

    void position(long position, boolean stored) {
        this.position = position;
        this.stored = stored;
    }
}
