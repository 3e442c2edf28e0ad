package vn.thidua.ledger.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * The statements of a run of events, to be sent together: the one-row inserts of the same SQL become
 * multi-row INSERTs, and any other statement is sent after everything given before it. A rebuild's is built on
 * one thread (the one translating events) and sent on another; a live processor's ({@link UnitOfWorkStatements})
 * is built and sent on the thread of its unit of work.
 */
final class StatementBatch implements Statements {

    /** What the batch sends, in order: a group of rows of one INSERT, or one statement. */
    sealed interface Step permits Rows, Single {
    }

    record Rows(MultiRowInsert insert, List<Object[]> rows) implements Step {
    }

    record Single(String sql, Object[] params) implements Step {
    }

    private final Map<String, Optional<MultiRowInsert>> shapes;
    private final List<Step> steps = new ArrayList<>();
    /** By table, the group that rows of its INSERT still join; a statement closes them all. */
    private final Map<String, Rows> open = new HashMap<>();
    private int events;
    private long lastPosition = -1;

    /** {@code shapes}: the SQL already taken apart, shared by the batches of one rebuild (one thread). */
    StatementBatch(Map<String, Optional<MultiRowInsert>> shapes) {
        this.shapes = shapes;
    }

    @Override
    public void insert(String sql, Object... params) {
        Optional<MultiRowInsert> shape = shapes.computeIfAbsent(sql, MultiRowInsert::of);
        if (shape.isEmpty() || shape.get().parametersPerRow() != params.length) {
            execute(sql, params);
            return;
        }
        MultiRowInsert insert = shape.get();
        Rows group = open.get(insert.table());
        if (group == null || group.insert() != insert) {
            // another INSERT into the same table starts a group of its own after this one: the table's rows
            // keep their order
            group = new Rows(insert, new ArrayList<>());
            steps.add(group);
            open.put(insert.table(), group);
        }
        group.rows().add(params.clone());
    }

    @Override
    public void execute(String sql, Object... params) {
        open.clear();
        steps.add(new Single(sql, params.clone()));
    }

    /** Marks the end of the statements of the event at {@code position}. */
    void handled(long position) {
        events++;
        lastPosition = position;
    }

    int events() {
        return events;
    }

    long lastPosition() {
        return lastPosition;
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    /**
     * Sends the statements over {@code connection}, in the caller's transaction: the rows of an INSERT by
     * {@code copy} where it can (unless null), else by multi-row INSERTs.
     */
    void sendTo(Connection connection, RowCopy copy) throws SQLException {
        send(steps, connection, copy);
    }

    /** Whether the batch holds nothing but rows of INSERTs, which may go to each table apart. */
    boolean insertsOnly() {
        return steps.stream().allMatch(Rows.class::isInstance);
    }

    /** Sends {@code steps} as {@link #sendTo} does. */
    static void send(List<Step> steps, Connection connection, RowCopy copy) throws SQLException {
        for (Step step : steps) {
            if (step instanceof Rows rows) {
                if (copy == null || !copy.copy(rows.insert(), rows.rows())) {
                    send(connection, rows);
                }
            } else {
                Single single = (Single) step;
                try (PreparedStatement statement = connection.prepareStatement(single.sql())) {
                    bind(statement, 1, single.params());
                    statement.executeUpdate();
                }
            }
        }
    }

    private static void send(Connection connection, Rows rows) throws SQLException {
        MultiRowInsert insert = rows.insert();
        int max = insert.maxRows();
        List<Object[]> all = rows.rows();
        for (int from = 0; from < all.size(); from += max) {
            int count = Math.min(max, all.size() - from);
            try (PreparedStatement statement = connection.prepareStatement(insert.sql(count))) {
                int index = 1;
                for (int r = from; r < from + count; r++) {
                    index = bind(statement, index, all.get(r));
                }
                statement.executeUpdate();
            }
        }
    }

    /** Binds as JdbcClient does, but a null without asking the server its type (the column gives it). */
    private static int bind(PreparedStatement statement, int index, Object[] params) throws SQLException {
        for (Object param : params) {
            if (param == null) {
                statement.setNull(index++, Types.NULL);
            } else {
                StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, param);
            }
        }
        return index;
    }
}
