package vn.thidua.ledger.command.eventstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import vn.thidua.ledger.command.dispatch.AppendedEvents;
import vn.thidua.ledger.command.dispatch.NewStreams;

/**
 * Axon's JDBC storage with the reads this ledger never needs left out: no snapshot is ever taken (aggregates
 * here have a few events each), so none is looked for; and a stream the current transaction has established to
 * be empty ({@link NewStreams}) is not read again. Both save a database round trip per command. And a thread that
 * reads the tail of the event stream (the event processors' reader, woken by every commit) reads it at most once
 * per {@link #TAIL_PAUSE_NANOS}: under a steady flow of commits, events are read a few commits at a time instead of
 * with a transaction and a query for each commit.
 * <p>
 * Events are appended by multi-row INSERTs that return the positions the database handed out, told to
 * {@link AppendedEvents}: whoever answers with a position needs no query of its own for it. Many events at once (an
 * import's) are one binary COPY instead: no bind parameters to encode and decode, one statement where the INSERTs
 * would be several, and the positions then follow from the head this transaction holds locked.
 */
class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    /** Projections lag at most this much more behind the commits (10 ms). */
    static final long TAIL_PAUSE_NANOS = 10_000_000L;

    /** When this thread last read fewer events than it asked for (the tail of the stream); 0: it did not. */
    private final ThreadLocal<long[]> lastTailRead = ThreadLocal.withInitial(() -> new long[1]);

    /** Rows per INSERT at most; smaller appends use the powers of two below it, so few statement shapes exist. */
    static final int MAX_ROWS_PER_INSERT = 512;

    /** From this many events on, an append is one COPY (a command's few events keep the INSERT). */
    static final int COPY_FROM_ROWS = 32;

    private static final int FIELDS = 9;

    private final TransactionManager transactionManager;

    LedgerEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long[] tailReadAt = lastTailRead.get();
        if (tailReadAt[0] != 0) {
            long wait = tailReadAt[0] + TAIL_PAUSE_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        // a full batch means more are waiting: those are read at once (catching up is never slowed down)
        tailReadAt[0] = events.size() < batchSize ? System.nanoTime() : 0;
        return events;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        if (NewStreams.isNew(identifier)) {
            return Stream.empty();
        }
        return super.readEventData(identifier, firstSequenceNumber);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            // released as Axon's own append releases it (the transaction's connection stays with the transaction)
            try (Connection connection = getConnection()) {
                Map<String, Long> positions = new HashMap<>();
                if (events.size() >= COPY_FROM_ROWS) {
                    copy(connection, events, serializer, positions);
                } else {
                    for (int from = 0; from < events.size(); ) {
                        int rows = Math.min(MAX_ROWS_PER_INSERT, Integer.highestOneBit(events.size() - from));
                        insert(connection, events.subList(from, from + rows), serializer, positions);
                        from += rows;
                    }
                }
                for (EventMessage<?> event : events) {
                    String stream = asDomainEvent(event).getAggregateIdentifier();
                    NewStreams.appending(stream);
                    AppendedEvents.appended(stream, positions.get(event.getIdentifier()));
                }
            } catch (SQLException e) {
                handlePersistenceException(e, events.get(0)); // throws Axon's exception for the failure
                throw new IllegalStateException(e);
            }
        });
    }

    /** One multi-row INSERT of {@code rows}, noting the position each event got. */
    private void insert(Connection connection, List<? extends EventMessage<?>> rows, Serializer serializer,
                        Map<String, Long> positions) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(schema().domainEventTable()).append(" (")
                .append(domainEventFields()).append(") VALUES ");
        for (int row = 0; row < rows.size(); row++) {
            sql.append(row == 0 ? "(?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?)");
        }
        sql.append(" RETURNING ").append(schema().eventIdentifierColumn()).append(", ")
                .append(schema().globalIndexColumn());
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int column = 0;
            for (EventMessage<?> message : rows) {
                DomainEventMessage<?> event = asDomainEvent(message);
                SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
                SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
                statement.setString(++column, event.getIdentifier());
                statement.setString(++column, event.getAggregateIdentifier());
                statement.setLong(++column, event.getSequenceNumber());
                statement.setString(++column, event.getType());
                writeTimestamp(statement, ++column, event.getTimestamp());
                statement.setString(++column, payload.getType().getName());
                statement.setString(++column, payload.getType().getRevision());
                statement.setBytes(++column, payload.getData());
                statement.setBytes(++column, metaData.getData());
            }
            try (ResultSet stored = statement.executeQuery()) {
                while (stored.next()) {
                    positions.put(stored.getString(1), stored.getLong(2));
                }
            }
        }
    }

    /**
     * One binary COPY of {@code events}. The append triggers number the rows in the order they arrive, after the
     * head that the COPY's statement trigger locked until the transaction ends; so the last position, read after
     * the COPY, gives every event's.
     */
    private void copy(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer,
                      Map<String, Long> positions) throws SQLException {
        BinaryCopyRows rows = new BinaryCopyRows(FIELDS, events.size() * 512);
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            // the columns and their order of domainEventFields(), as insert() binds them
            rows.row()
                    .text(event.getIdentifier())
                    .text(event.getAggregateIdentifier())
                    .int8(event.getSequenceNumber())
                    .text(event.getType())
                    .text(DateTimeUtils.formatInstant(event.getTimestamp()))
                    .text(payload.getType().getName())
                    .text(payload.getType().getRevision())
                    .bytea(payload.getData())
                    .bytea(metaData.getData());
        }
        long stored;
        try {
            stored = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY "
                    + schema().domainEventTable() + " (" + domainEventFields() + ") FROM STDIN (FORMAT binary)",
                    rows.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the rows come from memory
        }
        if (stored != events.size()) {
            throw new IllegalStateException("COPY stored " + stored + " of " + events.size() + " events");
        }
        long last;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_position FROM event_position WHERE id = 1");
             ResultSet result = head.executeQuery()) {
            result.next();
            last = result.getLong(1);
        }
        long position = last - events.size();
        for (EventMessage<?> event : events) {
            positions.put(event.getIdentifier(), ++position);
        }
    }

    /** An event published without an aggregate is stored as Axon stores it: as the only event of its own stream. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
