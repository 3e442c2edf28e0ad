package vn.thidua.ledger.ops.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * Appends domain events the way an aggregate's repository would (stream = the typed id's {@code toString()},
 * type = the aggregate's class name, one sequence per stream), but thousands to a transaction: the event bus
 * still hands them to the subscribing processors (the command side's directory tables) in that transaction.
 */
final class EventAppender {

    private final EventStore eventStore;
    private final TransactionManager transactionManager;
    private final int eventsPerTransaction;
    private final SplittableRandom ids;
    private final String actor;
    private final List<EventMessage<?>> pending = new ArrayList<>();
    private long appended;

    EventAppender(EventStore eventStore, TransactionManager transactionManager, int eventsPerTransaction,
                  long seed, String actor) {
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.eventsPerTransaction = eventsPerTransaction;
        this.ids = new SplittableRandom(seed ^ 0x5eed1d5L);
        this.actor = actor;
    }

    /** Appends {@code payload} as event {@code sequence} of the stream of {@code aggregate}. */
    void append(String aggregateType, EntityId aggregate, long sequence, Object payload) {
        Map<String, Object> metaData = Map.of(MetaDataKeys.ACTOR, actor,
                MetaDataKeys.CORRELATION_ID, uuid().toString());
        pending.add(new GenericDomainEventMessage<>(aggregateType, aggregate.toString(), sequence,
                new GenericMessage<>(uuid().toString(), payload, metaData), Instant.now()));
        if (pending.size() >= eventsPerTransaction) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        try {
            eventStore.publish(pending);
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
        appended += pending.size();
        pending.clear();
    }

    long appended() {
        return appended + pending.size();
    }

    private UUID uuid() {
        // version-4 layout, but drawn from the seed so the same seed gives the same identifiers
        long high = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long low = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
