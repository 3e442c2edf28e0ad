package vn.thidua.ledger.ops.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replay an out-of-the-box Axon application would do: a {@link TrackingEventProcessor} with batch size 1
 * (so one transaction and one token update per event) whose handler saves one entity per event. JPA is not on
 * this node's classpath, so "one JPA entity saved per event" is stood in for by one JDBC INSERT into
 * {@code bench_vanilla_entity} per event, in that event's transaction — cheaper than a JPA save, if anything.
 */
final class VanillaReplay {

    /** How far the replay got in how long. */
    record Outcome(long events, double seconds, boolean reachedHead) {

        double eventsPerSecond() {
            return events / Math.max(0.001, seconds);
        }
    }

    /** The stand-in for a JPA entity class and its repository's save(). */
    static final class EntityPerEvent {

        private final JdbcClient jdbc;

        EntityPerEvent(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            jdbc.sql("INSERT INTO bench_vanilla_entity (event_id, payload_type, recorded_at) VALUES (?, ?, ?)")
                    .params(message.getIdentifier(), payload.getClass().getName(),
                            java.sql.Timestamp.from(message.getTimestamp()))
                    .update();
        }
    }

    private VanillaReplay() {
    }

    /** Replays the store from its start until {@code head} (or until {@code maxSeconds} are up). */
    static Outcome run(EventStore eventStore, TokenStore tokenStore, TransactionManager transactionManager,
                       JdbcClient jdbc, long head, double maxSeconds) throws InterruptedException {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS bench_vanilla_entity (
                    id           BIGSERIAL PRIMARY KEY,
                    event_id     VARCHAR(255) NOT NULL,
                    payload_type VARCHAR(255) NOT NULL,
                    recorded_at  TIMESTAMPTZ  NOT NULL)""").update();
        String name = "bench-vanilla-" + System.currentTimeMillis();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(new AnnotationEventHandlerAdapter(new EntityPerEvent(jdbc)))
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(1)
                        .andInitialTrackingToken(source -> source.createTailToken()))
                .build();
        long started = System.nanoTime();
        processor.start();
        long position = -1;
        double seconds = 0;
        try {
            while (seconds < maxSeconds) {
                Thread.sleep(100);
                seconds = (System.nanoTime() - started) / 1e9;
                position = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(p -> p.orElse(-1L))
                        .max().orElse(-1L);
                if (position >= head) {
                    break;
                }
            }
        } finally {
            processor.shutDown();
        }
        return new Outcome(position + 1, seconds, position >= head);
    }
}
