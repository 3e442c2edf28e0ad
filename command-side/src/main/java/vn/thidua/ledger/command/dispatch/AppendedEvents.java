package vn.thidua.ledger.command.dispatch;

import java.util.HashMap;
import java.util.Map;

/**
 * The identifier of the last event the current transaction appended to each stream, told by the event storage
 * engine as it appends. A group of commands learns from it which event answers which command, and asks the
 * positions after its commit instead of while it holds the append lock.
 */
public final class AppendedEvents {

    private static final Object KEY = AppendedEvents.class;

    private AppendedEvents() {
    }

    /** The transaction appends {@code eventIdentifier} to the stream of {@code aggregateIdentifier}. */
    public static void appending(String aggregateIdentifier, String eventIdentifier) {
        streams(true).put(aggregateIdentifier, eventIdentifier);
    }

    /** Stream → identifier of its last event appended in this transaction (a copy). */
    static Map<String, String> lastEvents() {
        return new HashMap<>(streams(false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> streams(boolean create) {
        Object streams = TransactionMemo.get(KEY);
        if (streams == null) {
            streams = new HashMap<String, String>();
            if (create && !TransactionMemo.put(KEY, streams)) {
                return (Map<String, String>) streams; // no transaction: nothing to remember
            }
        }
        return (Map<String, String>) streams;
    }
}
