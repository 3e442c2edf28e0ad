package vn.thidua.ledger.command.dispatch;

import vn.thidua.ledger.api.RefusedException;

/**
 * A command of a batch ({@link CommandDispatcher#writeAll}) was refused, so the whole batch was: the refusal of
 * the command at {@link #index()}, with its reason, rule, field and message.
 */
public class BatchRefusedException extends RefusedException {

    private final int index;

    public BatchRefusedException(int index, RefusedException refusal) {
        super(refusal.reason(), refusal.rule(), refusal.field(), refusal.getMessage());
        initCause(refusal);
        this.index = index;
    }

    /** Which command of the batch was refused, counted from 0. */
    public int index() {
        return index;
    }
}
