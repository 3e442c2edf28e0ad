package vn.thidua.ledger.query.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;

/** The audit entries a dossier is built from: every event that named the given entities, once each. */
@Component
class AuditRows {

    /** One recorded event as the dossier cites it. */
    record Row(long position, OffsetDateTime recordedAt, String type, String businessTime, String actor, JsonNode data) {

        String text(String field) {
            JsonNode value = data.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    AuditRows(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    List<Row> of(String kind, Collection<String> ids, Collection<String> types, long asOf) {
        return rows(kind, ids, types, null, asOf, true);
    }

    /**
     * The events of {@code types} naming the given entities whose business time lies within {@code period}, for
     * citing only: their rows come without data (a year of a unit's monthly evaluations is many rows).
     */
    List<Row> citedWithin(String kind, Collection<String> ids, Collection<String> types, Period period, long asOf) {
        return rows(kind, ids, types, period, asOf, false);
    }

    /** The events of {@code types} naming the given entities whose business time lies within {@code period}. */
    List<Row> within(String kind, Collection<String> ids, Collection<String> types, Period period, long asOf) {
        return rows(kind, ids, types, period, asOf, true);
    }

    private List<Row> rows(String kind, Collection<String> ids, Collection<String> types, Period periodOrNull,
                           long asOf, boolean withData) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(kind, ids.toArray(String[]::new),
                types.toArray(String[]::new), asOf));
        if (periodOrNull != null) {
            params.add(periodOrNull.from());
            params.add(periodOrNull.to());
        }
        return jdbc.sql("""
                        SELECT e.position, e.recorded_at, e.event_type, e.business_time, e.actor, %s
                        FROM audit_event e
                        WHERE e.position IN (SELECT position FROM audit_entry
                                             WHERE subject_kind = ? AND subject_id = ANY(?) AND event_type = ANY(?)
                                               AND position <= ?)
                          %s
                        ORDER BY e.position""".formatted(withData ? "e.data::text" : "NULL",
                        periodOrNull == null ? "" : "AND e.business_from >= ? AND e.business_to <= ?"))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), withData ? read(rs.getString(6)) : null))
                .list();
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit entry", e);
        }
    }
}
