package vn.thidua.ledger.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Sends the batches of a rebuild on threads and connections of their own, so that PostgreSQL writes while the
 * next events are read and translated. There are {@value #LANES} lanes, each a thread with its connection: the
 * rows of a batch that only inserts are split by table, the heaviest tables apart, and each lane commits its
 * share; PostgreSQL fills two tables at once, which is where a rebuild spends most of its time. A table's rows
 * keep their order: a table that moves to another lane waits there until its rows sent before are committed. A
 * batch with any other statement, and other work, goes alone: every lane first commits what came before it,
 * one lane sends it whole while the others wait, so it sees everything before it. Each lane's queue is short:
 * the translation waits when the writing lags behind.
 */
final class BatchWriter implements AutoCloseable {

    static final int LANES = 2;
    private static final int QUEUE = 4;

    /** Other work for the writing threads, done alone, in its turn among the batches. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * A lane's share of the batch numbered {@code sequence}, to be sent once each lane {@code i} has committed its
     * shares of the batches before number {@code awaits[i]}.
     */
    private record Part(long sequence, List<StatementBatch.Step> steps, long[] awaits) {
    }

    /** The lane that sent a table's rows of the batch numbered {@code last}. */
    private record TableLane(Lane lane, long last) {
    }

    /**
     * Done by the first lane once every lane has reached it, while the others wait until it is done. Queued to
     * every lane.
     */
    private record Alone(Work work, CountDownLatch arrived, CountDownLatch done) {
    }

    private record Stop() {
    }

    private final Consumer<StatementBatch> committed;
    private final List<Lane> lanes = new ArrayList<>();
    /** Which lane sends a table's rows: on the submitting thread. */
    private final Map<String, TableLane> tables = new HashMap<>();
    private final Commits commits = new Commits();
    /** Guards and signals the lanes' {@code doneBelow}. */
    private final Object lanesProgress = new Object();
    private long nextSequence;
    private volatile Throwable failure;
    private volatile boolean stopping;

    /** {@code committed} hears of each batch once it is committed, in order, on a writing thread. */
    BatchWriter(DataSource dataSource, String name, Consumer<StatementBatch> committed) throws SQLException {
        this(dataSource, name, LANES, committed);
    }

    BatchWriter(DataSource dataSource, String name, int lanes, Consumer<StatementBatch> committed)
            throws SQLException {
        this.committed = committed;
        try {
            for (int i = 0; i < lanes; i++) {
                this.lanes.add(new Lane(i, dataSource));
            }
        } catch (SQLException e) {
            for (Lane lane : this.lanes) {
                lane.closeConnection(e);
            }
            throw e;
        }
        for (Lane lane : this.lanes) {
            lane.thread = new Thread(lane::run, lanes == 1 ? name : name + "-" + lane.index);
            lane.thread.setDaemon(true);
            lane.thread.start();
        }
    }

    /** Queues {@code batch}, waiting while a queue is full; fails if an earlier batch failed. */
    void submit(StatementBatch batch) throws Exception {
        long sequence = nextSequence++;
        if (!batch.insertsOnly()) {
            commits.expect(sequence, batch, 1);
            alone(() -> lanes.get(0).write(batch.steps(), sequence));
            return;
        }
        Map<String, List<StatementBatch.Step>> byTable = new LinkedHashMap<>();
        Map<String, Long> values = new HashMap<>();
        for (StatementBatch.Step step : batch.steps()) {
            StatementBatch.Rows rows = (StatementBatch.Rows) step;
            String table = rows.insert().table();
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(step);
            values.merge(table, (long) rows.rows().size() * rows.insert().parametersPerRow(), Long::sum);
        }
        Map<Lane, Part> parts = new LinkedHashMap<>();
        long[] load = new long[lanes.size()];
        List<String> heaviestFirst = byTable.keySet().stream()
                .sorted(Comparator.comparing(values::get).reversed()).toList();
        for (String table : heaviestFirst) {
            Lane lane = lighter(load, tables.get(table));
            load[lane.index] += values.get(table);
            Part part = parts.computeIfAbsent(lane, l -> new Part(sequence, new ArrayList<>(), new long[lanes.size()]));
            part.steps().addAll(byTable.get(table));
            TableLane before = tables.put(table, new TableLane(lane, sequence));
            if (before != null && before.lane() != lane) {
                // the table moves: its rows sent so far by the other lane must be committed before these
                part.awaits()[before.lane().index] = Math.max(part.awaits()[before.lane().index], before.last() + 1);
            }
        }
        commits.expect(sequence, batch, parts.size());
        for (Map.Entry<Lane, Part> part : parts.entrySet()) {
            put(part.getKey(), part.getValue());
        }
    }

    /**
     * The lane with the least of this batch's values so far, the table's own lane among equals: the batches of a
     * history tend to be alike, so tables rarely move once placed.
     */
    private Lane lighter(long[] load, TableLane current) {
        Lane least = current != null ? current.lane() : lanes.get(0);
        for (Lane lane : lanes) {
            if (load[lane.index] < load[least.index]) {
                least = lane;
            }
        }
        return least;
    }

    /** Queues {@code work}, to be done alone after every batch submitted before it, as a batch waits. */
    void submit(Work work) throws Exception {
        alone(work);
    }

    /** Waits until every batch submitted so far is committed. */
    void awaitCommitted() throws Exception {
        Alone barrier = alone(() -> {
        });
        while (!barrier.done().await(100, TimeUnit.MILLISECONDS)) {
            rethrow();
        }
        rethrow();
    }

    private Alone alone(Work work) throws Exception {
        Alone alone = new Alone(work, new CountDownLatch(lanes.size() - 1), new CountDownLatch(1));
        for (Lane lane : lanes) {
            put(lane, alone);
        }
        return alone;
    }

    private void put(Lane lane, Object item) throws Exception {
        while (!lane.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            rethrow();
        }
        rethrow();
    }

    private void rethrow() throws Exception {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    /** One writing thread and its connection. */
    private final class Lane {

        private final int index;
        private final Connection connection;
        private final RowCopy copy;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        /** Every share of this lane numbered below this is committed (shares come in their batches' order). */
        private volatile long doneBelow;
        private Thread thread;

        Lane(int index, DataSource dataSource) throws SQLException {
            this.index = index;
            this.connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                this.copy = new RowCopy(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        void run() {
            while (true) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (item instanceof Stop) {
                    return;
                }
                try {
                    if (item instanceof Alone alone) {
                        takeTurnAlone(alone);
                    } else {
                        Part part = (Part) item;
                        advance(part.sequence());
                        // else drained, so that the translating thread never waits for a writer that gave up
                        if (failure == null && !stopping && awaitOthers(part)) {
                            write(part.steps(), part.sequence());
                        }
                        advance(part.sequence() + 1);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Throwable e) {
                    failed(e);
                }
            }
        }

        private void advance(long below) {
            synchronized (lanesProgress) {
                doneBelow = below;
                lanesProgress.notifyAll();
            }
        }

        /** Waits for the shares of other lanes that {@code part} comes after; false if the writing gave up. */
        private boolean awaitOthers(Part part) throws InterruptedException {
            synchronized (lanesProgress) {
                for (Lane other : lanes) {
                    while (other.doneBelow < part.awaits()[other.index]) {
                        if (failure != null || stopping) {
                            return false;
                        }
                        lanesProgress.wait(100);
                    }
                }
            }
            return true;
        }

        private void takeTurnAlone(Alone alone) throws InterruptedException {
            if (index > 0) {
                alone.arrived().countDown();
                while (!alone.done().await(100, TimeUnit.MILLISECONDS) && !stopping) {
                    // the first lane is doing it
                }
                return;
            }
            try {
                while (!alone.arrived().await(100, TimeUnit.MILLISECONDS) && !stopping) {
                    // the other lanes are committing what came before it
                }
                if (failure == null && !stopping) {
                    alone.work().run();
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable e) {
                failed(e);
            } finally {
                alone.done().countDown();
            }
        }

        private void failed(Throwable e) {
            // whatever it is: the reading thread must hear of it, not wait for this one forever
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
        }

        void write(List<StatementBatch.Step> steps, long sequence) throws SQLException {
            try {
                write(steps, copy);
            } catch (SQLException e) {
                if (!RowCopy.isConflict(e)) {
                    throw e;
                }
                // rows that COPY could not skip: the share again, by its INSERTs
                connection.rollback();
                write(steps, null);
            }
            commits.committed(sequence);
        }

        private void write(List<StatementBatch.Step> steps, RowCopy rowCopy) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                // a copy nobody reads yet: losing its last commits in a crash loses nothing (the rebuild is started
                // again), and the switch-over's own commit waits for the log, these included
                statement.execute("SET LOCAL synchronous_commit TO OFF");
            }
            StatementBatch.send(steps, connection, rowCopy);
            connection.commit();
        }

        void closeConnection(Exception cause) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** The batches not yet heard of as committed, by number: each is once all its lanes' shares are. */
    private final class Commits {

        /** A batch and how many of its shares are not committed yet. */
        private static final class Pending {
            private final StatementBatch batch;
            private int sharesLeft;

            Pending(StatementBatch batch, int shares) {
                this.batch = batch;
                this.sharesLeft = shares;
            }
        }

        private final Map<Long, Pending> pending = new HashMap<>();
        private long next;

        synchronized void expect(long sequence, StatementBatch batch, int shares) {
            pending.put(sequence, new Pending(batch, shares));
            announce();
        }

        synchronized void committed(long sequence) {
            pending.get(sequence).sharesLeft--;
            announce();
        }

        private void announce() {
            for (Pending first = pending.get(next); first != null && first.sharesLeft == 0; first = pending.get(next)) {
                pending.remove(next++);
                committed.accept(first.batch);
            }
        }
    }

    @Override
    public void close() throws Exception {
        stopping = true;
        for (Lane lane : lanes) {
            lane.queue.clear();
            lane.queue.put(new Stop());
        }
        Exception closing = new SQLException("closing the rebuild's writing connections failed");
        for (Lane lane : lanes) {
            lane.thread.join();
            lane.closeConnection(closing);
        }
        if (closing.getSuppressed().length > 0) {
            throw closing;
        }
    }
}
