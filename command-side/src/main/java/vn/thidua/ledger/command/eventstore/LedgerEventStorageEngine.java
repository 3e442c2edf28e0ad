package vn.thidua.ledger.command.eventstore;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import vn.thidua.ledger.command.dispatch.AppendedEvents;
import vn.thidua.ledger.command.dispatch.NewStreams;

/**
 * Axon's JDBC storage with the reads this ledger never needs left out: no snapshot is ever taken (aggregates
 * here have a few events each), so none is looked for; and a stream the current transaction has established to
 * be empty ({@link NewStreams}) is not read again. Both save a database round trip per command.
 */
class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    LedgerEventStorageEngine(Builder builder) {
        super(builder);
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
