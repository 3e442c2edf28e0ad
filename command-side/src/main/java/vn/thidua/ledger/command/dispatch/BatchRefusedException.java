package vn.thidua.ledger.command.dispatch;

import java.util.List;
import vn.thidua.ledger.api.RefusedException;

/**
 * Commands of a batch ({@link CommandDispatcher#writeAll}) were refused, so the whole batch was: the refusal of
 * the first at {@link #index()}, with its reason, rule, field and message, and every refusal of the batch
 * ({@link #refusals()}, in the batch's order).
 */
public class BatchRefusedException extends RefusedException {

    /** The refusal of the command at {@code index} of the batch, counted from 0. */
    public record Refusal(int index, RefusedException refusal) {
    }

    private final List<Refusal> refusals;

    public BatchRefusedException(int index, RefusedException refusal) {
        this(List.of(new Refusal(index, refusal)));
    }

    public BatchRefusedException(List<Refusal> refusals) {
        super(refusals.get(0).refusal().reason(), refusals.get(0).refusal().rule(), refusals.get(0).refusal().field(),
                refusals.get(0).refusal().getMessage());
        initCause(refusals.get(0).refusal());
        this.refusals = List.copyOf(refusals);
    }

    /** Which command of the batch was refused first, counted from 0. */
    public int index() {
        return refusals.get(0).index();
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
