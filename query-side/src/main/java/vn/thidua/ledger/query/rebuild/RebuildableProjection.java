package vn.thidua.ledger.query.rebuild;

import org.axonframework.eventhandling.EventMessage;

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
}
