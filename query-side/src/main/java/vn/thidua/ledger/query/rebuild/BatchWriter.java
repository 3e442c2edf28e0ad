package vn.thidua.ledger.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Sends the batches of a rebuild, a transaction each, on a thread and connection of its own, so that
 * PostgreSQL writes one batch while the next is read and translated. The queue is short: the translation
 * waits when the writing lags behind.
 */
final class BatchWriter implements AutoCloseable {

    private static final int QUEUE = 4;

    /** Other work for the writing thread, done in its turn among the batches. */
    interface Work {
        void run() throws Exception;
    }

    /** Queued after the batches it waits for. */
    private record Barrier(CountDownLatch reached) {
    }

    private record Stop() {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Connection connection;
    private final RowCopy copy;
    private final Consumer<StatementBatch> committed;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopping;

    /** {@code committed} hears of each batch once it is committed, on the writing thread. */
    BatchWriter(DataSource dataSource, String name, Consumer<StatementBatch> committed) throws SQLException {
        this.connection = dataSource.getConnection();
        this.committed = committed;
        try {
            connection.setAutoCommit(false);
            this.copy = new RowCopy(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code batch}, waiting while the queue is full; fails if an earlier batch failed. */
    void submit(StatementBatch batch) throws Exception {
        put(batch);
    }

    /** Queues {@code work}, as {@link #submit(StatementBatch)} does. */
    void submit(Work work) throws Exception {
        put(work);
    }

    /** Waits until every batch submitted so far is committed. */
    void awaitCommitted() throws Exception {
        Barrier barrier = new Barrier(new CountDownLatch(1));
        put(barrier);
        while (!barrier.reached().await(100, TimeUnit.MILLISECONDS)) {
            rethrow();
        }
        rethrow();
    }

    private void put(Object item) throws Exception {
        while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            rethrow();
        }
        rethrow();
    }

    private void rethrow() throws Exception {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    private void run() {
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
            if (item instanceof Barrier barrier) {
                barrier.reached().countDown();
                continue;
            }
            if (failure != null || stopping) {
                continue; // drained, so that the translating thread never waits for a writer that gave up
            }
            try {
                if (item instanceof Work work) {
                    work.run();
                } else {
                    StatementBatch batch = (StatementBatch) item;
                    write(batch);
                    committed.accept(batch);
                }
            } catch (Throwable e) {
                // whatever it is: the reading thread must hear of it, not wait for this one forever
                failure = e;
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
        }
    }

    private void write(StatementBatch batch) throws SQLException {
        try {
            write(batch, copy);
        } catch (SQLException e) {
            if (!RowCopy.isConflict(e)) {
                throw e;
            }
            // rows that COPY could not skip: the batch again, by its INSERTs
            connection.rollback();
            write(batch, null);
        }
    }

    private void write(StatementBatch batch, RowCopy rowCopy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // a copy nobody reads yet: losing its last commits in a crash loses nothing (the rebuild is started
            // again), and the switch-over's own commit waits for the log, these included
            statement.execute("SET LOCAL synchronous_commit TO OFF");
        }
        batch.sendTo(connection, rowCopy);
        connection.commit();
    }

    @Override
    public void close() throws Exception {
        stopping = true;
        queue.clear();
        queue.put(new Stop());
        thread.join();
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
