package vn.thidua.ledger.query.rebuild;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A projection that can be built again from the whole stream into copies of its tables while its live tables
 * keep answering. Implemented by each rebuildable projection's package.
 */
public interface RebuildableProjection {

    /** The name of the projection's event processor, e.g. {@code facts}. */
    String processor();

    ProjectionTables tables();

    /**
     * Writes what the event at {@code position} changes in the rebuild copy of the tables to {@code statements},
     * which may send them later: so without reading the tables, as the live projection does with the same code.
     */
    void rebuildWith(EventMessage<?> event, long position, Statements statements) throws Exception;

    /**
     * Derives in the copy, set-wise, what {@link #rebuildWith} left to the end rather than write row by row: for the
     * rows of every entity when {@code after} is -1, else only for the entities with events after {@code after}.
     * Called once the events up to a position are written, before the copy is indexed and switched in.
     */
    default void completeCopy(JdbcClient jdbc, long after) {
    }
}
