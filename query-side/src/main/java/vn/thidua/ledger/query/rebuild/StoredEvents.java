package vn.thidua.ledger.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
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
    static final int RANGE = 100_000;
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
    private final int range;

    StoredEvents(DataSource dataSource, Serializer serializer, EventUpcaster upcasters) throws SQLException {
        this(dataSource, serializer, upcasters, RANGE);
    }

    /** {@code range}: how many positions a query reads. */
    StoredEvents(DataSource dataSource, Serializer serializer, EventUpcaster upcasters, int range)
            throws SQLException {
        this.connection = dataSource.getConnection();
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.range = range;
        try {
            // a cursor needs a transaction; each range is read in one of its own, so it sees what committed before
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
            Rows rows = new Rows(select, after, upTo);
            // one stream over all the ranges, as the event store upcasts its whole stream
            Iterator<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                    StreamSupport.stream(rows, false), serializer, upcasters).iterator();
            long last = after;
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                last = event.trackingToken().position().orElseThrow();
                handler.handle(event, last);
            }
            if (last != upTo) {
                throw new IllegalStateException("the stream ended at position " + last + ", not " + upTo);
            }
        } finally {
            connection.commit();
        }
    }

    /**
     * The rows of a read, queried {@code range} positions at a time, each range in a transaction of its own: one
     * long transaction would keep vacuum from every table while a large history is read.
     */
    private final class Rows extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private final PreparedStatement select;
        private final long upTo;
        private long expected;
        private long rangeEnd;
        private ResultSet rows;

        Rows(PreparedStatement select, long after, long upTo) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.select = select;
            this.upTo = upTo;
            this.expected = after + 1;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            try {
                while (true) {
                    if (rows == null) {
                        if (expected > upTo) {
                            return false;
                        }
                        rangeEnd = Math.min(upTo, expected - 1 + range);
                        select.setLong(1, expected - 1);
                        select.setLong(2, rangeEnd);
                        rows = select.executeQuery();
                    }
                    if (rows.next()) {
                        long position = rows.getLong(1);
                        if (position != expected) {
                            throw new IllegalStateException("no stored event at position " + expected);
                        }
                        expected++;
                        action.accept(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position),
                                new StoredEntry(rows.getString(2), rows.getString(3), rows.getLong(4),
                                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                        rows.getBytes(9), rows.getBytes(10))));
                        return true;
                    }
                    rows.close();
                    rows = null;
                    connection.commit();
                    if (expected <= rangeEnd) {
                        throw new IllegalStateException("no stored event at position " + expected);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the event stream failed", e);
            }
        }
    }

    /**
     * A stored event whose timestamp, in the one form the event store writes ({@code 2024-05-17T03:04:05.678Z}), is
     * read without a {@code DateTimeFormatter}: that took a sixth of a rebuild's translating thread.
     */
    static final class StoredEntry extends GenericDomainEventEntry<byte[]> {

        private final String timestamp;

        StoredEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                    String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                    payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            Instant instant = utcMillis(timestamp);
            return instant != null ? instant : super.getTimestamp();
        }

        /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read by hand, or null for any other form. */
        static Instant utcMillis(String text) {
            if (text == null || text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-'
                    || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                    || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                    || second < 0 || second > 59 || millis < 0) {
                return null;
            }
            try {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second,
                        millis * 1_000_000L);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The number written by {@code length} digits from {@code from}, or -1. */
        private static int digits(String text, int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
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
