package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.Period;

/**
 * Writes every event into the trail of each entity it concerns. Inserts are idempotent, so a replay or a
 * batch retried after a crash leaves exactly one row per event and entity.
 */
@Component
@ProcessingGroup(AuditProjector.PROCESSOR)
class AuditProjector {

    static final String PROCESSOR = "audit";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    AuditProjector(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        long position = token.position().orElseThrow(() -> new IllegalStateException("untracked event"));
        JsonNode json = objectMapper.valueToTree(event);
        String data = objectMapper.writeValueAsString(json);
        String businessTime = event.businessTime();
        Period period = businessTime == null ? null : Period.parse(businessTime);
        Long corrects = corrects(event, json, position);
        for (EntityId subject : event.subjects()) {
            jdbc.sql("""
                    INSERT INTO audit_entry (subject_kind, subject_id, position, event_id, event_type, recorded_at,
                                             business_time, business_from, business_to, actor, correlation_id, data,
                                             corrects_position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(subject.kind(), subject.value(), position, message.getIdentifier(),
                            event.getClass().getSimpleName(), Timestamp.from(message.getTimestamp()), businessTime,
                            period == null ? null : period.from(), period == null ? null : period.to(),
                            message.getMetaData().get("actor"), message.getMetaData().get("correlationId"), data,
                            corrects)
                    .update();
        }
    }

    /**
     * The entry a correction replaces: the event it names ({@code corrects}, an event identifier), or else, for
     * an amendment or correction, the entity's latest entry before it.
     */
    private Long corrects(LedgerEvent event, JsonNode json, long position) {
        JsonNode named = json.get("corrects");
        if (named != null && named.isTextual()) {
            return jdbc.sql("SELECT min(position) FROM audit_entry WHERE event_id = ?").param(named.asText())
                    .query(Long.class).optional().orElse(null);
        }
        String type = event.getClass().getSimpleName();
        if (!type.endsWith("Amended") && !type.endsWith("Corrected")) {
            return null;
        }
        EntityId own = event.subjects().get(0);
        return jdbc.sql("SELECT max(position) FROM audit_entry WHERE subject_kind = ? AND subject_id = ? AND position < ?")
                .params(own.kind(), own.value(), position).query(Long.class).optional().orElse(null);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE audit_entry").update();
    }
}
