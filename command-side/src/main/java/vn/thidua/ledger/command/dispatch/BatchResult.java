package vn.thidua.ledger.command.dispatch;

/**
 * The answer to a write of many commands ({@link CommandDispatcher#writeAll}): the request's id, the global
 * positions of the first and the last event stored (all of them in between are this request's), how many
 * commands were handled and how many events they stored.
 */
public record BatchResult(String id, long position, long firstPosition, int commands, long events) {
}
