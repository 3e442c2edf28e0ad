package vn.thidua.ledger.command.dispatch;

/**
 * What a kind of command does to an aggregate that has no event yet, decided without loading it: lets a batch
 * ({@link CommandDispatcher#writeAll}) store such commands' events without a command bus round per command. It
 * must be the very decision of the aggregate's own handler on a new instance (share the code, never copy it).
 */
public interface FirstEvents {

    /** The aggregate's type, as Axon stores it with its events (the aggregate class's simple name). */
    String aggregateType();

    /**
     * The event {@code command} makes of a new aggregate, or null to send it through the command bus after all.
     *
     * @throws vn.thidua.ledger.api.RefusedException as the aggregate's handler would refuse it
     */
    Object firstEvent(Object command);
}
