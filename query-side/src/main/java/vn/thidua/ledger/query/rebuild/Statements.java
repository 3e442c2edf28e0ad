package vn.thidua.ledger.query.rebuild;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a rebuildable projection writes what an event changes. The live processor collects the statements of the
 * events of one of its batches and sends them as the batch's transaction commits; a rebuild collects those of many
 * events into transactions of its own. Both send the inserts together, so the projection's code is the same for
 * both and the rebuilt tables are what the live projection builds.
 */
public interface Statements {

    /**
     * A one-row {@code INSERT INTO table (…) VALUES (…) [ON CONFLICT …]} with one parameter per {@code ?}, all of
     * them inside the {@code VALUES} row. It may be sent later, in one multi-row INSERT with the other rows of the
     * same SQL, but always before any statement given to {@link #execute} after it, and in its order among the
     * rows of its own table. Rows of other tables may overtake it, so the projection's tables must not depend on
     * one another (no foreign keys or triggers between them).
     */
    void insert(String sql, Object... params);

    /**
     * Any other statement (an UPDATE, an INSERT … SELECT): it sees everything given before it. It may be sent later
     * too, so a projection reads its tables only inside the statements it gives, never by a query of its own.
     */
    void execute(String sql, Object... params);

    /** Statements run at once, in the caller's transaction. */
    static Statements immediate(JdbcClient jdbc) {
        return new Statements() {
            @Override
            public void insert(String sql, Object... params) {
                jdbc.sql(sql).params(params).update();
            }

            @Override
            public void execute(String sql, Object... params) {
                jdbc.sql(sql).params(params).update();
            }
        };
    }

    /**
     * Statements sent together when the current Axon unit of work (a live processor's batch of events) prepares its
     * commit, in its transaction; at once outside of a unit of work. The live processors' way.
     */
    static Statements perUnitOfWork(DataSource dataSource) {
        return new UnitOfWorkStatements(dataSource);
    }
}
