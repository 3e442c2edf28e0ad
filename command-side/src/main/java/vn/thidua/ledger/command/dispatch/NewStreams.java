package vn.thidua.ledger.command.dispatch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The aggregates the current transaction has established to have no stored events, so that loading them needs
 * no query. Declared by a batch ({@link CommandDispatcher#writeAll}) while it holds the append lock
 * ({@code event_position}), so nobody else can store an event for them meanwhile; a stream stops being new when
 * this transaction appends to it. Read by the event storage engine.
 */
public final class NewStreams {

    private static final Object KEY = NewStreams.class;

    private NewStreams() {
    }

    static void declare(Collection<String> aggregateIdentifiers) {
        if (!TransactionMemo.put(KEY, new HashSet<>(aggregateIdentifiers))) {
            throw new IllegalStateException("new streams can only be declared inside a transaction");
        }
    }

    public static boolean isNew(String aggregateIdentifier) {
        return streams().contains(aggregateIdentifier);
    }

    /** The transaction stores events of {@code aggregateIdentifier}: it is no longer new. */
    public static void appending(String aggregateIdentifier) {
        streams().remove(aggregateIdentifier);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> streams() {
        Object streams = TransactionMemo.get(KEY);
        return streams == null ? new HashSet<>() : (Set<String>) streams;
    }
}
