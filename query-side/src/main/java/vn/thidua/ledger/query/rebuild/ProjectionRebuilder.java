package vn.thidua.ledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ledger.api.RefusedException;

/**
 * Rebuilds a projection from the whole event stream while its live tables keep answering: the events are
 * replayed into copies of the tables ({@code …__rebuild}); once the copy has caught up, the live processor is
 * paused, the copy takes in the last events, the tables are swapped and the processor's token moved to where
 * the copy stopped, all in one transaction, and the processor resumes. Progress is logged and served over HTTP.
 * One rebuild per projection at a time, driven by the node it was asked on.
 */
@Service
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final int BATCH = 1000;

    private final Map<String, RebuildableProjection> projections;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();

    ProjectionRebuilder(List<RebuildableProjection> projections, EventStore eventStore,
                        EventProcessingConfiguration processing, TokenStore tokenStore, JdbcClient jdbc,
                        PlatformTransactionManager transactionManager) {
        this.projections = projections.stream()
                .collect(Collectors.toMap(RebuildableProjection::processor, Function.identity()));
        this.eventStore = eventStore;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<String> projections() {
        return projections.keySet().stream().sorted().toList();
    }

    public Optional<RebuildProgress> progress(String name) {
        requireKnown(name);
        return Optional.ofNullable(progress.get(name));
    }

    /** Starts a rebuild in the background and answers its first progress. */
    public synchronized RebuildProgress start(String name) {
        RebuildableProjection projection = requireKnown(name);
        RebuildProgress current = progress.get(name);
        if (current != null && !current.finished()) {
            throw RefusedException.conflict("REBUILD_ONCE_AT_A_TIME", "projection",
                    "Đang dựng lại " + name + " (" + current.percent() + "%)");
        }
        long head = head();
        RebuildProgress started = RebuildProgress.started(name, head);
        progress.put(name, started);
        Thread worker = new Thread(() -> run(projection, started), "rebuild-" + name);
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    private RebuildableProjection requireKnown(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "projection",
                    "Không có bảng chiếu " + name + "; có thể dựng lại: " + projections());
        }
        return projection;
    }

    private long head() {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    private void run(RebuildableProjection projection, RebuildProgress p) {
        String name = projection.processor();
        ProjectionTables tables = projection.tables();
        try {
            transactions.executeWithoutResult(tx -> {
                for (String table : tables.tables()) {
                    jdbc.sql("DROP TABLE IF EXISTS " + table + ProjectionTables.REBUILD_SUFFIX).update();
                    jdbc.sql("CREATE TABLE " + table + ProjectionTables.REBUILD_SUFFIX + " (LIKE " + table
                            + " INCLUDING ALL)").update();
                }
            });
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                long last = catchUp(projection, stream, p, -1, p.getTarget());
                Optional<StreamingEventProcessor> live = processing.eventProcessor(name, StreamingEventProcessor.class);
                p.state("SWITCHING");
                live.ifPresent(StreamingEventProcessor::shutDown);
                try {
                    long head = head();
                    p.target(head);
                    long caughtUp = catchUp(projection, stream, p, last, head);
                    transactions.executeWithoutResult(tx -> switchOver(name, tables, caughtUp));
                } finally {
                    live.ifPresent(StreamingEventProcessor::start);
                }
            }
            p.done();
            log.info("Rebuilt {}: {} events in {} s ({} events/s); live tables switched", name, p.getProcessed(),
                    p.seconds(), p.eventsPerSecond());
        } catch (Exception e) {
            p.failed(e.getMessage());
            log.error("Rebuild of {} failed; the live tables were left as they were", name, e);
        }
    }

    /** Replays events up to {@code target} into the copy, a transaction per batch, and answers the last position. */
    private long catchUp(RebuildableProjection projection, BlockingStream<TrackedEventMessage<?>> stream,
                         RebuildProgress p, long from, long target) throws InterruptedException {
        long last = from;
        Instant lastLog = Instant.now();
        while (last < target) {
            List<TrackedEventMessage<?>> batch = new java.util.ArrayList<>(BATCH);
            while (batch.size() < BATCH && last < target && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                batch.add(event);
                last = event.trackingToken().position().orElse(last);
            }
            if (batch.isEmpty()) {
                continue;
            }
            transactions.executeWithoutResult(tx -> {
                for (TrackedEventMessage<?> event : batch) {
                    try {
                        projection.rebuildWith(event, event.trackingToken().position().orElseThrow());
                    } catch (Exception e) {
                        throw new IllegalStateException("rebuild failed at " + event.trackingToken(), e);
                    }
                }
            });
            p.advanced(batch.size(), last);
            if (Duration.between(lastLog, Instant.now()).toSeconds() >= 2) {
                lastLog = Instant.now();
                log.info("Rebuilding {}: {}% ({} of {}), {} events/s, about {} s left", projection.processor(),
                        p.percent(), last + 1, p.getTarget() + 1, p.eventsPerSecond(), p.etaSeconds());
            }
        }
        return last;
    }

    private void switchOver(String name, ProjectionTables tables, long lastPosition) {
        for (String table : tables.tables()) {
            jdbc.sql("ALTER TABLE " + table + " RENAME TO " + table + "__old").update();
            jdbc.sql("ALTER TABLE " + table + ProjectionTables.REBUILD_SUFFIX + " RENAME TO " + table).update();
            jdbc.sql("DROP TABLE " + table + "__old").update();
        }
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(lastPosition, Collections.emptySet());
        for (int segment : tokenStore.fetchSegments(name)) {
            tokenStore.storeToken(token, name, segment);
            tokenStore.releaseClaim(name, segment);
        }
    }
}
