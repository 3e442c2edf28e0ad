package vn.thidua.ledger.command.dispatch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The aggregates the current transaction has established to have no stored events, so that loading them needs
 * no query. Declared by a batch ({@link CommandDispatcher#writeAll}, which holds the append lock) and by a group of
 * commands ({@link GroupCommit}); a stream stops being new when this transaction appends to it. Read by the event
 * storage engine.
 */
public final class NewStreams {

    private static final Object KEY = NewStreams.class;

    private NewStreams() {
    }

    /**
     * Declares, for the rest of the transaction, which of {@code targets} have no stored event, in one query. Without
     * the append lock another node may store an event for one of them meanwhile; the transaction's append then fails
     * on the stream's unique sequence numbers, so a stale answer can refuse a write but never corrupt a stream.
     */
    static void declareAmong(JdbcClient jdbc, Collection<String> targets) {
        Set<String> stored = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT aggregate_identifier FROM domain_event_entry
                        WHERE aggregate_identifier = ANY(?::varchar[])""")
                .param(targets.toArray(String[]::new))
                .query(String.class).list());
        Set<String> fresh = new HashSet<>(targets);
        fresh.removeAll(stored);
        if (!TransactionMemo.put(KEY, fresh)) {
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
