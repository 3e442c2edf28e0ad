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

    /** Handles one event at {@code position} into the rebuild copy of the tables. */
    void rebuildWith(EventMessage<?> event, long position) throws Exception;
}
