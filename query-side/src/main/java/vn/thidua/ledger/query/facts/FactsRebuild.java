package vn.thidua.ledger.query.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.query.rebuild.ProjectionTables;
import vn.thidua.ledger.query.rebuild.RebuildableProjection;
import vn.thidua.ledger.query.rebuild.Statements;

/** The facts (the ranking projection) rebuilt from the stream into a copy of their tables. */
@Component
class FactsRebuild implements RebuildableProjection {

    private final FactsProjector copy;

    FactsRebuild(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.copy = new FactsProjector(jdbc, objectMapper, FactsProjector.TABLES.rebuilding(),
                Statements.immediate(jdbc), true);
    }

    @Override
    public String processor() {
        return FactsProjector.PROCESSOR;
    }

    @Override
    public ProjectionTables tables() {
        return FactsProjector.TABLES;
    }

    @Override
    public void rebuildWith(EventMessage<?> event, long position, Statements statements) throws Exception {
        if (event.getPayload() instanceof LedgerEvent ledgerEvent) {
            copy.project(ledgerEvent, event.getTimestamp(), FactsProjector.importOf(event), position, statements);
        }
    }

    @Override
    public void completeCopy(JdbcClient jdbc, long after) {
        copy.supersedeAll(after);
    }
}
