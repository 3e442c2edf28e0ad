package vn.thidua.ledger.query.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;

/**
 * Keeps one row per published criteria set version. Inserts are idempotent, so a replay or a batch retried
 * after a crash leaves exactly one row per version.
 */
@Component
@ProcessingGroup(CriteriaSetProjector.PROCESSOR)
class CriteriaSetProjector {

    static final String PROCESSOR = "criteria-sets";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    CriteriaSetProjector(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(CriteriaSetPublished event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        long position = token.position().orElseThrow(() -> new IllegalStateException("untracked event"));
        CriteriaSet set = event.criteriaSet();
        jdbc.sql("""
                        INSERT INTO criteria_set_view (criteria_set_id, version, subject, effective_from, position,
                                                       published_at, published_by, definition)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(set.id().value(), set.version(), set.subject().name(), set.effectiveFrom(), position,
                        Timestamp.from(message.getTimestamp()), message.getMetaData().get("actor"),
                        objectMapper.writeValueAsString(set))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE criteria_set_view").update();
    }
}
