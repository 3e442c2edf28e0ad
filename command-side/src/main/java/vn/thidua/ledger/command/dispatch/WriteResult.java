package vn.thidua.ledger.command.dispatch;

/** The answer to every successful write: the entity's id and the global position of the last event stored. */
public record WriteResult(String id, long position) {
}
