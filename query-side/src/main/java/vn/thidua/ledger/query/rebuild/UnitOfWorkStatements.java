package vn.thidua.ledger.query.rebuild;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live processors' statements, gathered per Axon unit of work: a pooled processor handles a batch of events in
 * one unit of work and one transaction, and the statements of all of them are sent together when it prepares its
 * commit, as a rebuild's batch is ({@link StatementBatch}: a COPY, or else a multi-row INSERT, per run of
 * same-shaped rows, every other statement after everything given before it). Sending one statement per event and
 * table cost a round trip each, most of a live processor's time; COPY costs PostgreSQL less per row than an INSERT.
 *
 * <p>The batch is a resource of the unit of work: a batch rolled back (and retried by Axon in a new unit of work)
 * takes its unsent statements with it. Outside of a unit of work, statements run at once.
 */
final class UnitOfWorkStatements implements Statements {

    private static final AtomicLong SINKS = new AtomicLong();

    private final JdbcTemplate jdbc;
    private final Statements immediate;
    /** Several segments may be handled at once, on as many threads. */
    private final Map<String, Optional<MultiRowInsert>> shapes = new ConcurrentHashMap<>();
    private final Map<MultiRowInsert, Boolean> castsFit = new ConcurrentHashMap<>();
    /** One batch per sink and unit of work: two projections of one processor send theirs apart. */
    private final String resource = UnitOfWorkStatements.class.getName() + "#" + SINKS.incrementAndGet();

    UnitOfWorkStatements(DataSource dataSource) {
        // the connection of the unit of work's transaction, as JdbcClient uses it
        this.jdbc = new JdbcTemplate(dataSource);
        this.immediate = Statements.immediate(JdbcClient.create(jdbc));
    }

    @Override
    public void insert(String sql, Object... params) {
        pending().insert(sql, params);
    }

    @Override
    public void execute(String sql, Object... params) {
        pending().execute(sql, params);
    }

    private Statements pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return immediate;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (unitOfWork.phase() != UnitOfWork.Phase.STARTED) {
            // its batch is sent, or about to be: a statement now would be sent out of order, or never
            throw new IllegalStateException("statements given while the unit of work is in phase "
                    + unitOfWork.phase());
        }
        return unitOfWork.getOrComputeResource(resource, key -> open(unitOfWork));
    }

    private StatementBatch open(UnitOfWork<?> unitOfWork) {
        StatementBatch batch = new StatementBatch(shapes);
        unitOfWork.onPrepareCommit(u -> send(batch));
        return batch;
    }

    private void send(StatementBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            // by COPY where it fits, as a rebuild sends its rows. A COPY meeting a row already there (a batch
            // handled again after a crash) fails, and the transaction is Axon's, with the processor's token in it:
            // so the batch goes back to a savepoint and is sent again by INSERTs, which skip such rows.
            if (connection.getAutoCommit()) {
                batch.sendTo(connection, null); // no transaction to go back in: INSERTs only
                return null;
            }
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                batch.sendTo(connection, new RowCopy(connection, castsFit));
                connection.releaseSavepoint(beforeCopy);
            } catch (SQLException e) {
                if (!RowCopy.isConflict(e)) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                batch.sendTo(connection, null);
            }
            return null;
        });
    }
}
