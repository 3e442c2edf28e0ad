package vn.thidua.ledger.command.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The position of the last event the current transaction appended to each stream, told by the event storage
 * engine as the database hands the positions out. Whoever answers a command or a batch with the position of its
 * events reads it here rather than asking the database again.
 */
public final class AppendedEvents {

    private static final Object KEY = AppendedEvents.class;

    private AppendedEvents() {
    }

    /** The transaction appended an event of {@code aggregateIdentifier}'s stream at {@code position}. */
    public static void appended(String aggregateIdentifier, long position) {
        streams(true).merge(aggregateIdentifier, position, Math::max);
    }

    /** Stream → position of its last event appended in this transaction (a copy). */
    static Map<String, Long> lastPositions() {
        return new HashMap<>(streams(false));
    }

    /** The position of the last event appended in this transaction; empty if it appended none. */
    static OptionalLong lastPosition() {
        return streams(false).values().stream().mapToLong(Long::longValue).max();
    }

    /** The position of the last stored event, asked of the database: the answer to a command that stored none. */
    static long head(JdbcClient jdbc) {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    /**
     * The position of the last event of {@code aggregateIdentifier}'s stream (the head when it has none): the
     * answer to a command that stored nothing, as its entity already stood so — the position a client would have
     * been answered had it sent the request the first time.
     */
    static long lastOf(JdbcClient jdbc, String aggregateIdentifier) {
        return aggregateIdentifier == null ? head(jdbc)
                : lastOfAny(jdbc, java.util.List.of(aggregateIdentifier)).orElseGet(() -> head(jdbc));
    }

    /** The position of the last event of any of {@code aggregateIdentifiers}' streams; empty when they hold none. */
    static OptionalLong lastOfAny(JdbcClient jdbc, java.util.Collection<String> aggregateIdentifiers) {
        if (aggregateIdentifiers.isEmpty()) {
            return OptionalLong.empty();
        }
        Long last = jdbc.sql("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ANY(?)")
                .param(aggregateIdentifiers.stream().distinct().toArray(String[]::new)).query(Long.class).single();
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> streams(boolean create) {
        Object streams = TransactionMemo.get(KEY);
        if (streams == null) {
            streams = new HashMap<String, Long>();
            if (create && !TransactionMemo.put(KEY, streams)) {
                return (Map<String, Long>) streams; // no transaction: nothing to remember
            }
        }
        return (Map<String, Long>) streams;
    }
}
