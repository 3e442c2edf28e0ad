package vn.thidua.ledger.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.postgresql.PGStatement;

/**
 * The stored events of a range of positions, read straight from the event table on a connection of their own
 * with a cursor of {@value #FETCH_SIZE} rows, then upcast and (lazily) deserialised as the event store does.
 * Axon's own stream fetches a hundred rows a query and tracks gaps, which a rebuild does not need: positions
 * are gap-free, and every position up to {@code event_position.last_position}, read in an earlier transaction,
 * is committed (it is handed out under a row lock held until the commit).
 */
final class StoredEvents implements AutoCloseable {

    static final int FETCH_SIZE = 5_000;
    private static final String SELECT = """
            SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                   payload_type, payload_revision, payload, meta_data
            FROM domain_event_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index""";

    /** What takes the events, one after the other. */
    interface Handler {
        void handle(TrackedEventMessage<?> event, long position) throws Exception;
    }

    private final Connection connection;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    StoredEvents(DataSource dataSource, Serializer serializer, EventUpcaster upcasters) throws SQLException {
        this.connection = dataSource.getConnection();
        this.serializer = serializer;
        this.upcasters = upcasters;
        try {
            // a cursor needs a transaction; each read is a transaction of its own, so it sees what committed before
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Hands every event after {@code after} up to {@code upTo} to {@code handler}, in order. */
    void read(long after, long upTo, Handler handler) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setFetchSize(FETCH_SIZE);
            // prepared at once, so that rows come in binary: half the bytes, and no hex to encode and decode
            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            select.setLong(1, after);
            select.setLong(2, upTo);
            try (ResultSet rows = select.executeQuery()) {
                Iterator<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                        rowsOf(rows, after), serializer, upcasters).iterator();
                long last = after;
                while (events.hasNext()) {
                    TrackedEventMessage<?> event = events.next();
                    last = event.trackingToken().position().orElseThrow();
                    handler.handle(event, last);
                }
                if (last != upTo) {
                    throw new IllegalStateException("the stream ended at position " + last + ", not " + upTo);
                }
            }
        } finally {
            connection.commit();
        }
    }

    private static Stream<TrackedEventData<?>> rowsOf(ResultSet rows, long after) {
        Spliterator<TrackedEventData<?>> spliterator = new Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private long expected = after + 1;

            @Override
            public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
                try {
                    if (!rows.next()) {
                        return false;
                    }
                    long position = rows.getLong(1);
                    if (position != expected) {
                        throw new IllegalStateException("no stored event at position " + expected);
                    }
                    expected++;
                    action.accept(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position),
                            new GenericDomainEventEntry<>(rows.getString(2), rows.getString(3), rows.getLong(4),
                                    rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                    rows.getBytes(9), rows.getBytes(10))));
                    return true;
                } catch (SQLException e) {
                    throw new IllegalStateException("reading the event stream failed", e);
                }
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
