package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.query.rebuild.ProjectionTables;
import vn.thidua.ledger.query.rebuild.RebuildableProjection;
import vn.thidua.ledger.query.rebuild.Statements;

/** The audit trails rebuilt from the stream into a copy of their table. */
@Component
class AuditRebuild implements RebuildableProjection {

    private final AuditProjector copy;

    AuditRebuild(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.copy = new AuditProjector(jdbc, objectMapper, AuditProjector.TABLES.rebuilding(),
                Statements.immediate(jdbc));
    }

    @Override
    public String processor() {
        return AuditProjector.PROCESSOR;
    }

    @Override
    public ProjectionTables tables() {
        return AuditProjector.TABLES;
    }

    @Override
    public void rebuildWith(EventMessage<?> event, long position, Statements statements) throws Exception {
        if (event.getPayload() instanceof LedgerEvent ledgerEvent) {
            copy.project(ledgerEvent, event, position, statements);
        }
    }
}
