package vn.thidua.ledger.command.eventstore;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import vn.thidua.ledger.command.dispatch.AppendedEvents;
import vn.thidua.ledger.command.dispatch.NewStreams;

/**
 * Axon's JDBC storage with the reads this ledger never needs left out: no snapshot is ever taken (aggregates
 * here have a few events each), so none is looked for; and a stream the current transaction has established to
 * be empty ({@link NewStreams}) is not read again. Both save a database round trip per command. And a thread that
 * reads the tail of the event stream (the event processors' reader, woken by every commit) reads it at most once
 * per {@link #TAIL_PAUSE_NANOS}: under a steady flow of commits, events are read a few commits at a time instead of
 * with a transaction and a query for each commit.
 */
class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    /** Projections lag at most this much more behind the commits (10 ms). */
    static final long TAIL_PAUSE_NANOS = 10_000_000L;

    /** When this thread last read fewer events than it asked for (the tail of the stream); 0: it did not. */
    private final ThreadLocal<long[]> lastTailRead = ThreadLocal.withInitial(() -> new long[1]);

    LedgerEventStorageEngine(Builder builder) {
        super(builder);
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
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                NewStreams.appending(domainEvent.getAggregateIdentifier());
                AppendedEvents.appending(domainEvent.getAggregateIdentifier(), domainEvent.getIdentifier());
            }
        }
        super.appendEvents(events, serializer);
    }
}
