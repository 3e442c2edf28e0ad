package vn.thidua.ledger.command.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;

/**
 * Keeps the published criteria sets for {@link JdbcCriteriaSetLookup}. It belongs to the directory's processing
 * group, which is subscribing: the row commits or fails with the event that published it.
 */
@Component
@ProcessingGroup("command-directory")
class CriteriaSetDirectoryProjector {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    CriteriaSetDirectoryProjector(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(CriteriaSetPublished event) throws JsonProcessingException {
        CriteriaSet set = event.criteriaSet();
        jdbc.sql("""
                        INSERT INTO directory_criteria_set
                            (criteria_set_id, version, subject, effective_from, definition)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(set.id().value(), set.version(), set.subject().name(), set.effectiveFrom(),
                        objectMapper.writeValueAsString(set))
                .update();
    }
}
