package vn.thidua.ledger.query.rebuild;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>Threads share the work: this one reads the stored events over a cursor ({@link StoredEvents}) and has
 * the projection translate them into statements, batch by batch; meanwhile a {@link BatchWriter} sends the
 * batches, in transactions of their own, their inserts by COPY or as multi-row INSERTs, two tables at a time.
 */
@Service
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final int BATCH = 1000;
    private static final String REPLACED_SUFFIX = "__old";

    private final Map<String, RebuildableProjection> projections;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final ObjectProvider<EventUpcaster> upcasters;
    private final EventProcessingConfiguration processing;
    private final ProcessorCoordinators coordinators;
    private final TokenStore tokenStore;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();
    /**
     * From this many events on, a projection that reads by keys only gets its other indexes built after the copy
     * is filled; below, dropping and building them costs more than keeping them up to date row by row.
     */
    private final long deferIndexesFrom;
    /** This node's name in the reports: the one it claims projections under. */
    private final String node;

    ProjectionRebuilder(List<RebuildableProjection> projections, ObjectProvider<EventStorageEngine> storageEngine,
                        ObjectProvider<EventUpcaster> upcasters, EventProcessingConfiguration processing,
                        ProcessorCoordinators coordinators, TokenStore tokenStore, JdbcClient jdbc, DataSource dataSource,
                        PlatformTransactionManager transactionManager,
                        @Value("${thidua.rebuild.defer-indexes-from:100000}") long deferIndexesFrom,
                        @Value("${thidua.node-id:}") String nodeId) {
        this.node = nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId.strip();
        this.projections = projections.stream()
                .collect(Collectors.toMap(RebuildableProjection::processor, Function.identity()));
        this.storageEngine = storageEngine;
        this.upcasters = upcasters;
        this.processing = processing;
        this.coordinators = coordinators;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.deferIndexesFrom = deferIndexesFrom;
    }

    public List<String> projections() {
        return projections.keySet().stream().sorted().toList();
    }

    /**
     * The last rebuild of the projection: this node's own, else as the node that ran it reported it in the database
     * — told {@code INTERRUPTED} when it was under way and no node holds the projection's rebuild turn any more (its
     * node stopped).
     */
    public Optional<RebuildProgress> progress(String name) {
        requireKnown(name);
        RebuildProgress own = progress.get(name);
        if (own != null && !own.finished()) {
            return Optional.of(own); // under way here: this node knows it best
        }
        // this node's finished rebuild unless another node reported one since: the row holds the last report, and
        // this node reported its own as it finished (the nodes' clocks are not compared: they need not agree)
        if (own != null && !reportedByAnotherNode(name)) {
            return Optional.of(own);
        }
        return reported(name);
    }

    private boolean reportedByAnotherNode(String name) {
        return jdbc.sql("SELECT node FROM rebuild_status WHERE projection = ?").param(name).query(String.class)
                .optional().map(reporter -> !reporter.equals(node)).orElse(false);
    }

    /** The last rebuild of the projection as the node that ran it reported it in the database. */
    private Optional<RebuildProgress> reported(String name) {
        return jdbc.sql("""
                        SELECT node, state, target, processed, last_position, started_at, finished_at, error, updated_at
                        FROM rebuild_status WHERE projection = ?""")
                .param(name)
                .query((rs, n) -> {
                    boolean underWay = rs.getTimestamp("finished_at") == null;
                    boolean interrupted = underWay && ClusterTurn.free(dataSource, name);
                    return RebuildProgress.reported(name, rs.getTimestamp("started_at").toInstant(),
                            interrupted ? "INTERRUPTED" : rs.getString("state"), rs.getLong("target"),
                            rs.getLong("processed"), rs.getLong("last_position"),
                            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                            interrupted ? "Nút " + rs.getString("node") + " đang dựng lại thì dừng (báo lần cuối lúc "
                                    + rs.getTimestamp("updated_at").toInstant() + "); bảng đang dùng giữ nguyên, hãy "
                                    + "dựng lại" : rs.getString("error"), rs.getTimestamp("updated_at").toInstant());
                })
                .optional();
    }

    /** Reports {@code p} in the database, for the other nodes; a failure to report never stops the rebuild. */
    private void report(RebuildProgress p) {
        try {
            jdbc.sql("""
                            INSERT INTO rebuild_status (projection, node, state, target, processed, last_position,
                                                        started_at, finished_at, error, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (projection) DO UPDATE SET node = EXCLUDED.node, state = EXCLUDED.state,
                                target = EXCLUDED.target, processed = EXCLUDED.processed,
                                last_position = EXCLUDED.last_position, started_at = EXCLUDED.started_at,
                                finished_at = EXCLUDED.finished_at, error = EXCLUDED.error,
                                updated_at = EXCLUDED.updated_at""")
                    // every time of a report by the clock of the node that ran it, so that its rate (processed over
                    // the time from start to report) never mixes two machines' clocks
                    .params(p.getProjection(), node, p.getState(), p.getTarget(), p.getProcessed(),
                            p.getLastPosition(), Timestamp.from(p.getStartedAt()),
                            p.getFinishedAt() == null ? null : Timestamp.from(p.getFinishedAt()), p.getError(),
                            Timestamp.from(Instant.now()))
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not report the rebuild of {} to the other nodes", p.getProjection(), e);
        }
    }

    /** Starts a rebuild in the background and answers its first progress. */
    public synchronized RebuildProgress start(String name) {
        RebuildableProjection projection = requireKnown(name);
        RebuildProgress current = progress.get(name);
        if (current != null && !current.finished()) {
            throw RefusedException.conflict("REBUILD_ONCE_AT_A_TIME", "projection",
                    "Đang dựng lại " + name + " (" + current.percent() + "%)");
        }
        ClusterTurn turn = ClusterTurn.take(dataSource, name);
        try {
            RebuildProgress started = RebuildProgress.started(name, head());
            report(started);
            Thread worker = new Thread(() -> {
                try (turn) {
                    run(projection, started);
                }
            }, "rebuild-" + name);
            worker.setDaemon(true);
            worker.start();
            progress.put(name, started);
            return started;
        } catch (RuntimeException | Error e) {
            turn.close();
            throw e;
        }
    }

    private RebuildableProjection requireKnown(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "projection",
                    "Không có bảng chiếu " + name + "; có thể dựng lại: " + projections());
        }
        return projection;
    }

    /**
     * The turn of one node to rebuild a projection while other nodes share the database: PostgreSQL's advisory lock
     * {@code hashtext('thidua-rebuild:' || projection)}, held by a connection of its own for as long as the rebuild
     * runs, so that it is let go even when the node dies (two rebuilds of one projection would fill one copy).
     */
    static final class ClusterTurn implements AutoCloseable {

        private static final String KEY = "hashtext('thidua-rebuild:' || ?)";
        /** How long a rebuild reported finished may take to let go of its turn (a statement, on a busy machine). */
        private static final Duration LETTING_GO = Duration.ofSeconds(5);
        private static final long LETTING_GO_POLL_MS = 20;

        private final DataSource dataSource;
        private final Connection connection;
        private final String name;

        private ClusterTurn(DataSource dataSource, Connection connection, String name) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.name = name;
        }

        /** Whether no node holds the turn (a rebuild reported under way has lost its node); taken and let go. */
        static boolean free(DataSource dataSource, String name) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                    lock.setString(1, name);
                    try (ResultSet answer = lock.executeQuery()) {
                        if (!answer.next() || !answer.getBoolean(1)) {
                            return false;
                        }
                    }
                }
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
                    unlock.setString(1, name);
                    unlock.execute();
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("could not ask whether a node rebuilds " + name, e);
            }
        }

        /**
         * Takes the turn, or refuses when another rebuild holds it. A rebuild reports itself finished a moment before
         * it lets go of its turn, and whoever saw it finished may start the next one at once: while the holder's
         * rebuild is reported finished, the turn is waited for, up to {@code lettingGo}.
         */
        static ClusterTurn take(DataSource dataSource, String name, Duration lettingGo) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                long giveUpAt = System.nanoTime() + lettingGo.toNanos();
                while (!tryLock(connection, name)) {
                    if (System.nanoTime() - giveUpAt > 0 || !reportedFinished(connection, name)) {
                        throw busy(name);
                    }
                    Thread.sleep(LETTING_GO_POLL_MS);
                }
                return new ClusterTurn(dataSource, connection, name);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new IllegalStateException("could not take the turn to rebuild " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(connection);
                throw busy(name);
            } catch (RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        }

        static ClusterTurn take(DataSource dataSource, String name) {
            return take(dataSource, name, LETTING_GO);
        }

        private static boolean tryLock(Connection connection, String name) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                lock.setString(1, name);
                try (ResultSet answer = lock.executeQuery()) {
                    return answer.next() && answer.getBoolean(1);
                }
            }
        }

        private static boolean reportedFinished(Connection connection, String name) throws SQLException {
            try (PreparedStatement status = connection.prepareStatement(
                    "SELECT finished_at IS NOT NULL FROM rebuild_status WHERE projection = ?")) {
                status.setString(1, name);
                try (ResultSet answer = status.executeQuery()) {
                    return answer.next() && answer.getBoolean(1);
                }
            }
        }

        private static RefusedException busy(String name) {
            return RefusedException.conflict("REBUILD_ONCE_AT_A_TIME", "projection",
                    "Một nút khác đang dựng lại " + name + "; chờ xong rồi thử lại");
        }

        @Override
        public void close() {
            boolean unlocked = false;
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
                unlock.setString(1, name);
                unlock.execute();
                unlocked = true;
            } catch (SQLException e) {
                log.warn("Could not let go of the turn to rebuild {}; its connection is closed for good", name, e);
            }
            if (unlocked) {
                closeQuietly(connection);
            } else {
                // back in the pool the connection would keep the lock, and no node could rebuild again: the
                // pool drops it for good, and its session's end lets go of the lock
                evict();
            }
        }

        private void evict() {
            try {
                if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                    dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(connection);
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                log.debug("evicting a connection failed", e);
            }
            closeQuietly(connection);
        }

        private static void closeQuietly(Connection connection) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    log.debug("closing a connection failed", e);
                }
            }
        }
    }

    private long head() {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    private void run(RebuildableProjection projection, RebuildProgress p) {
        String name = projection.processor();
        ProjectionTables tables = projection.tables();
        try {
            long started = System.nanoTime();
            Logged logged = new Logged(projection, p, this::report);
            Live live = new Live(processing.eventProcessor(name, StreamingEventProcessor.class),
                    () -> coordinators.wake(name));
            Phases phases = new Phases(started);
            try (StoredEvents events = new StoredEvents(dataSource, eventSerializer(), upcasterChain());
                 BatchWriter writer = new BatchWriter(dataSource, "rebuild-" + name + "-writer", logged::committed)) {
                // the copies are made by the writer, while the first events are read
                boolean deferIndexes = tables.readsByKeysOnly() && p.getTarget() >= deferIndexesFrom;
                List<String> indexesAfterwards = new ArrayList<>();
                writer.submit(() -> {
                    indexesAfterwards.addAll(transactions.execute(tx -> copyTables(tables, deferIndexes)));
                    phases.created = System.nanoTime();
                });
                Copy copy = new Copy(projection, events, writer);
                long last = copy.catchUp(-1, p.getTarget(), live);
                phases.read = System.nanoTime();
                live.stopIfDueIn(0);
                writer.awaitCommitted();
                transactions.executeWithoutResult(tx -> projection.completeCopy(jdbc, -1));
                phases.written = System.nanoTime();
                buildIndexes(indexesAfterwards);
                phases.indexed = System.nanoTime();
                p.state("SWITCHING");
                report(p);
                live.awaitStopped();
                // another node's live processor stops writing too: its claims are this rebuild's until the switch
                String holder = transactions.execute(tx -> holdSegments(name));
                try {
                    phases.paused = System.nanoTime();
                    long head = head();
                    p.target(head);
                    long caughtUp = copy.catchUp(last, head, null);
                    writer.awaitCommitted();
                    // the copy completed first, in its own transaction: the live tables are locked for the renames only
                    transactions.executeWithoutResult(tx -> projection.completeCopy(jdbc, last));
                    switchOverYieldingToReaders(name, tables, holder, () -> switchOver(name, tables, caughtUp, holder));
                } catch (Exception | Error e) {
                    // the live processor, on whichever node, need not wait for the hold to expire
                    letGo(name, holder);
                    throw e;
                }
                // dropped after the switch, which holds the live tables' locks only for the renames (a city's
                // tables took a second to drop)
                transactions.executeWithoutResult(tx -> tables.tables().forEach(
                        table -> jdbc.sql("DROP TABLE IF EXISTS " + table + REPLACED_SUFFIX).update()));
            } finally {
                live.start();
            }
            p.done();
            report(p);
            log.info("Rebuilt {}: {} events in {} s ({} events/s); live tables switched. {}", name,
                    p.getProcessed(), p.seconds(), p.eventsPerSecond(), phases.describe(System.nanoTime()));
        } catch (Exception | Error e) {
            // an Error too: left BUILDING, the projection could never be rebuilt again until a restart
            // the database's own words (statements, process ids) are for the log, not for the API's clients
            p.failed(e instanceof org.springframework.dao.DataAccessException
                    ? "Lỗi cơ sở dữ liệu khi dựng lại " + name + " (" + e.getClass().getSimpleName()
                    + "); chi tiết trong nhật ký của nút; bảng đang dùng được giữ nguyên"
                    : e.getMessage() == null ? e.toString() : e.getMessage());
            report(p);
            log.error("Rebuild of {} failed; the live tables were left as they were", name, e);
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        }
    }

    /** When each part of a rebuild ended, for the log. */
    private static final class Phases {

        private final long started;
        private volatile long created;
        private long read;
        private long written;
        private long indexed;
        private long paused;

        Phases(long started) {
            this.started = started;
        }

        String describe(long done) {
            return ("Copies created after %s s; events read and translated by %s s, written by %s s; indexes built in "
                    + "%s s; the live processor stopped %s s later; last events and switch-over took %s s")
                    .formatted(seconds(started, created), seconds(started, read), seconds(started, written),
                            seconds(written, indexed), seconds(indexed, paused), seconds(paused, done));
        }
    }

    /**
     * Builds the indexes left out of the filled copies, two at a time, each with room to sort in memory (a
     * city's evaluations sort in a few hundred megabytes; PostgreSQL's default of 64 MB would spill to disk).
     */
    private void buildIndexes(List<String> indexes) throws Exception {
        if (indexes.isEmpty()) {
            return;
        }
        ExecutorService builders = Executors.newFixedThreadPool(BatchWriter.LANES);
        try {
            List<Future<Object>> built = builders.invokeAll(indexes.stream().map(index -> (Callable<Object>) () ->
                    transactions.execute(tx -> {
                        jdbc.sql("SET LOCAL maintenance_work_mem TO '256MB'").update();
                        return jdbc.sql(index).update();
                    })).toList());
            for (Future<Object> index : built) {
                try {
                    index.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            builders.shutdownNow();
        }
    }

    /**
     * Creates the empty copies of {@code tables} and answers the indexes to create once they are filled: none,
     * or, if {@code deferIndexes}, their non-unique indexes (which are left out meanwhile).
     */
    private List<String> copyTables(ProjectionTables tables, boolean deferIndexes) {
        List<String> indexes = new ArrayList<>();
        for (String table : tables.tables()) {
            String copy = table + ProjectionTables.REBUILD_SUFFIX;
            jdbc.sql("DROP TABLE IF EXISTS " + copy).update();
            jdbc.sql("CREATE TABLE " + copy + " (LIKE " + table + " INCLUDING ALL)").update();
            if (deferIndexes) {
                List<Map<String, Object>> secondary = jdbc.sql("""
                                SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
                                FROM pg_index i
                                WHERE i.indrelid = to_regclass(?) AND NOT i.indisunique
                                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                                ORDER BY 1""")
                        .param(copy).query().listOfRows();
                for (Map<String, Object> index : secondary) {
                    jdbc.sql("DROP INDEX " + index.get("name")).update();
                    indexes.add((String) index.get("definition"));
                }
            }
        }
        return indexes;
    }

    private static String seconds(long fromNanos, long toNanos) {
        return String.format(Locale.ROOT, "%.3f", (toNanos - fromNanos) / 1e9);
    }

    /** The serializer the event store reads events with. */
    private Serializer eventSerializer() {
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (engine instanceof AbstractEventStorageEngine axonEngine) {
            return axonEngine.getEventSerializer();
        }
        throw new IllegalStateException("rebuilds read the JDBC event store's table; this node's event storage is "
                + engine);
    }

    /** The upcasters the event store applies: the EventUpcaster beans, in their order, as it is configured. */
    private EventUpcaster upcasterChain() {
        return new EventUpcasterChain(upcasters.orderedStream().toList());
    }

    /**
     * The projection's live processor, stopped for the switch-over and started again after. Its coordinator is woken
     * after the stop request (an idle pooled processor would see it only at its next poll, up to 500 ms later); the
     * stop is still asked for a little before the copy should have caught up, so that the processor's last batch and
     * the release of its claims overlap the copy's last events. The live tables keep answering meanwhile.
     */
    private static final class Live {

        private static final double STOP_LEAD_SECONDS = 0.2;

        private final Optional<StreamingEventProcessor> processor;
        private final Runnable wakeCoordinator;
        private CompletableFuture<Void> stopped;

        Live(Optional<StreamingEventProcessor> processor, Runnable wakeCoordinator) {
            this.processor = processor;
            this.wakeCoordinator = wakeCoordinator;
        }

        /** Asks the processor to stop if the copy, at its pace, should catch up within the lead. */
        void stopIfDueIn(double secondsLeft) {
            if (stopped == null && secondsLeft < STOP_LEAD_SECONDS) {
                stopped = processor.map(StreamingEventProcessor::shutdownAsync)
                        .orElse(CompletableFuture.completedFuture(null));
                wakeCoordinator.run();
            }
        }

        void awaitStopped() {
            stopIfDueIn(0);
            stopped.join();
        }

        void start() {
            if (stopped != null) {
                // a processor still stopping refuses to start
                stopped.handle((done, failure) -> null).join();
                processor.ifPresent(StreamingEventProcessor::start);
            }
        }
    }

    /** Reads and translates ranges of events into batches for the writer. */
    private static final class Copy {

        /** Until a batch has been read: a pace every node manages. */
        private static final double ASSUMED_EVENTS_PER_SECOND = 10_000;

        private final RebuildableProjection projection;
        private final StoredEvents events;
        private final BatchWriter writer;
        private final Map<String, Optional<MultiRowInsert>> shapes = new HashMap<>();
        private StatementBatch batch;

        Copy(RebuildableProjection projection, StoredEvents events, BatchWriter writer) {
            this.projection = projection;
            this.events = events;
            this.writer = writer;
        }

        /**
         * Replays the events after {@code from} up to {@code target} into the copy and answers the last position;
         * tells {@code live}, if given, how long the rest should take.
         */
        long catchUp(long from, long target, Live live) throws Exception {
            if (from >= target) {
                return from;
            }
            long started = System.nanoTime();
            if (live != null) {
                live.stopIfDueIn((target - from) / ASSUMED_EVENTS_PER_SECOND);
            }
            batch = new StatementBatch(shapes);
            events.read(from, target, (event, position) -> {
                try {
                    projection.rebuildWith(event, position, batch);
                } catch (Exception e) {
                    throw new IllegalStateException("rebuild failed at position " + position, e);
                }
                batch.handled(position);
                if (batch.events() >= BATCH) {
                    writer.submit(batch);
                    batch = new StatementBatch(shapes);
                    if (live != null) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        live.stopIfDueIn(seconds * (target - position) / (position - from));
                    }
                }
            });
            if (batch.events() > 0) {
                writer.submit(batch);
            }
            return target;
        }
    }

    /** Progress of committed batches, logged every two seconds; called on the writer's thread. */
    private static final class Logged {

        private final RebuildableProjection projection;
        private final RebuildProgress p;
        private final java.util.function.Consumer<RebuildProgress> reported;
        private Instant lastLog = Instant.now();

        Logged(RebuildableProjection projection, RebuildProgress p,
               java.util.function.Consumer<RebuildProgress> reported) {
            this.projection = projection;
            this.p = p;
            this.reported = reported;
        }

        void committed(StatementBatch batch) {
            p.advanced(batch.events(), batch.lastPosition());
            if (Duration.between(lastLog, Instant.now()).toSeconds() >= 2) {
                lastLog = Instant.now();
                log.info("Rebuilding {}: {}% ({} of {}), {} events/s, about {} s left", projection.processor(),
                        p.percent(), batch.lastPosition() + 1, p.getTarget() + 1, p.eventsPerSecond(),
                        p.etaSeconds());
                reported.accept(p);
            }
        }
    }

    /**
     * Takes every segment of processor {@code name} from whichever node claims it, under a holder name of this
     * rebuild's own, and answers that name. A node whose claim is taken finds out when it stores its token at the
     * end of its batch, and rolls that batch back; it cannot claim again for the token store's claim timeout (10 s),
     * which the final catch-up and the switch-over take far less than.
     */
    private String holdSegments(String name) {
        String holder = "rebuild:" + UUID.randomUUID();
        jdbc.sql("UPDATE token_entry SET owner = ?, timestamp = ? WHERE processor_name = ?")
                .params(holder, DateTimeUtils.formatInstant(Instant.now()), name).update();
        return holder;
    }

    /** Frees the segments {@code holder} still holds, answering how many. */
    private int release(String name, String holder) {
        return jdbc.sql("UPDATE token_entry SET owner = NULL WHERE processor_name = ? AND owner = ?")
                .params(name, holder).update();
    }

    private void letGo(String name, String holder) {
        try {
            release(name, holder);
        } catch (RuntimeException e) {
            log.warn("Could not let go of {}'s segments; they are claimable again after the claim timeout", name, e);
        }
    }

    /** How long a switch-over waits for the tables' locks before it lets the readers holding them finish first. */
    static final String SWITCH_LOCK_TIMEOUT = "200ms";
    private static final int SWITCH_ATTEMPTS = 100;

    /**
     * Runs {@code switchOver} in a transaction that first locks every live and rebuilt table in one statement, waiting
     * at most {@link #SWITCH_LOCK_TIMEOUT} — less than PostgreSQL's deadlock timeout: a reader that has read one of
     * the tables and waits for another would otherwise deadlock with the renames, and either side could lose (a
     * reader's 500, a failed rebuild). Timed out, the switch rolls back whole and tries again, the readers done.
     */
    private void switchOverYieldingToReaders(String name, ProjectionTables tables, String holder,
                                             Runnable switchOver) {
        List<String> locked = new ArrayList<>();
        for (String table : tables.tables()) {
            locked.add(table);
            locked.add(table + ProjectionTables.REBUILD_SUFFIX);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> {
                    jdbc.sql("SET LOCAL lock_timeout = '" + SWITCH_LOCK_TIMEOUT + "'").update();
                    jdbc.sql("LOCK TABLE " + String.join(", ", locked) + " IN ACCESS EXCLUSIVE MODE").update();
                    jdbc.sql("SET LOCAL lock_timeout = 0").update();
                    switchOver.run();
                });
                return;
            } catch (org.springframework.dao.DataAccessException busy) {
                if (!lockNotTaken(busy)) {
                    throw busy;
                }
                if (attempt == SWITCH_ATTEMPTS) {
                    throw new IllegalStateException("Không chuyển được sang bảng " + name + " vừa dựng lại: các bảng "
                            + "đang dùng bận suốt " + attempt + " lần thử; bảng đang dùng được giữ nguyên", busy);
                }
                log.debug("Switch-over of {} yielded to readers (attempt {})", name, attempt);
                // the hold on the live processor's segments is renewed while the switch waits, lest another node's
                // processor claim them once it looks expired (the claim timeout)
                transactions.executeWithoutResult(tx -> jdbc.sql(
                                "UPDATE token_entry SET timestamp = ? WHERE processor_name = ? AND owner = ?")
                        .params(DateTimeUtils.formatInstant(Instant.now()), name, holder).update());
                try {
                    Thread.sleep(Math.min(500, 20L * attempt));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while switching " + name + " over", e);
                }
            }
        }
    }

    /** Whether a lock was not taken in time (55P03) or given up to a deadlock (40P01): worth trying again. */
    private static boolean lockNotTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return e instanceof org.springframework.dao.PessimisticLockingFailureException;
    }

    private void switchOver(String name, ProjectionTables tables, long lastPosition, String holder) {
        // first, before any table is locked: a node that claimed a segment since (its hold expired) is writing
        int segments = tokenStore.fetchSegments(name).length;
        int held = release(name, holder);
        if (held != segments) {
            throw new IllegalStateException("another node claimed " + name + " before the switch-over (held "
                    + held + " of " + segments + " segments); the live tables were kept: rebuild again");
        }
        for (String table : tables.tables()) {
            // one replaced before is still there if its node stopped before dropping it
            jdbc.sql("DROP TABLE IF EXISTS " + table + REPLACED_SUFFIX).update();
            jdbc.sql("ALTER TABLE " + table + " RENAME TO " + table + REPLACED_SUFFIX).update();
            jdbc.sql("ALTER TABLE " + table + ProjectionTables.REBUILD_SUFFIX + " RENAME TO " + table).update();
        }
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(lastPosition, Collections.emptySet());
        for (int segment : tokenStore.fetchSegments(name)) {
            tokenStore.storeToken(token, name, segment);
            tokenStore.releaseClaim(name, segment);
        }
    }
}
