package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.export.CodeLabels;
import vn.thidua.ledger.query.time.AsOf;

/** Reads audit trails: every entry of an entity, oldest first, filtered on both time axes. */
@Component
class AuditTrails {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param typeLabel the kind of event in Vietnamese ("Ghi nhận vi phạm"), as the exported files name it
     * @param role      the role of the account that recorded it (READER, WRITER, ADMIN); absent for the system's own
     * @param unitScope the unit the account was limited to; absent for accounts of the whole organisation
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AuditEntry")
    record Entry(long position, OffsetDateTime recordedAt, String type, String typeLabel, String occurredOn, String period,
                 String actor, String role, String unitScope, String correlationId, String importId, String eventId,
                 Long corrects, @JsonRawValue String data) {

        private static final ObjectMapper JSON = new ObjectMapper();

        /**
         * The Vietnamese names of the codes {@code data} holds ({@code "KHIEN_TRACH": "Khiển trách"}), as the
         * exported files show them beside the code: the screen reads them from here.
         */
        @JsonProperty("codeLabels")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public Map<String, String> codeLabels() {
            Map<String, String> labels = new TreeMap<>();
            try {
                collect(JSON.readTree(data == null ? "null" : data), labels);
            } catch (JsonProcessingException unreadable) {
                // stored by the projector from the event itself: not expected; no names then
            }
            return labels;
        }

        /** A text field of {@code data}'s top level ({@code "violationId"}, {@code "name"}); null when it has none. */
        String text(String field) {
            try {
                JsonNode value = JSON.readTree(data == null ? "null" : data).path(field);
                return value.isTextual() ? value.asText() : null;
            } catch (JsonProcessingException unreadable) {
                return null; // stored by the projector from the event itself: not expected
            }
        }

        private static void collect(JsonNode node, Map<String, String> labels) {
            if (node.isTextual()) {
                CodeLabels.of(node.asText()).ifPresent(label -> labels.put(node.asText(), label));
            } else {
                node.forEach(child -> collect(child, labels));
            }
        }
    }

    record Trail(String kind, String id, long position, List<Entry> entries) {
    }

    /** The day an event was recorded, in Vietnam: the business day of a fact that names none. */
    private static final String RECORDED_DAY = "(e.recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";

    /** The kind whose trails are those of accounts: the events each recorded. */
    static final String USERS = "users";
    /** The prefix of the system's own actors ({@code system:title-revocation}). */
    private static final String SYSTEM = "system:";

    private final JdbcClient jdbc;

    AuditTrails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trail as of {@code asOf}'s position (now, when it has none: the views turn a moment into a position). */
    Trail find(String kind, String id, Period period, AsOf asOf, long computedAt) {
        // an account's trail is what it recorded: accounts are no entities of the stream, its events name them
        boolean account = USERS.equals(kind);
        // an account is named in any case, as it is managed; its events carry the name as it was opened
        String actor = account ? accountName(id) : id;
        StringBuilder sql = new StringBuilder("""
                SELECT e.position, e.recorded_at, e.event_type, e.business_time, e.actor, e.correlation_id,
                       e.data::text, e.event_id, e.corrects_position, e.import_id, e.actor_role, e.unit_scope,
                       %s AS recorded_day
                """.formatted(RECORDED_DAY) + (account ? "FROM audit_event e WHERE e.actor = ?"
                : "FROM audit_entry s JOIN audit_event e ON e.position = s.position "
                + "WHERE s.subject_kind = ? AND s.subject_id = ?"));
        List<Object> params = new ArrayList<>(account ? List.of(actor) : List.of(kind, id));
        if (asOf.position() != null) {
            sql.append(" AND e.position <= ?");
            params.add(asOf.position());
        }
        String unfiltered = sql.toString();
        List<Object> unfilteredParams = List.copyOf(params);
        if (period != null) {
            sql.append(" AND (e.business_from <= ? AND e.business_to >= ? OR e.business_from IS NULL AND ")
                    .append(RECORDED_DAY).append(" BETWEEN ? AND ?)");
            params.add(period.to());
            params.add(period.from());
            params.add(period.from());
            params.add(period.to());
        }
        List<Entry> entries = new ArrayList<>(entries(sql + " ORDER BY e.position", params));
        if (period != null) {
            linkCorrections(entries, unfiltered, unfilteredParams);
            linkViolationStatus(entries, unfiltered, unfilteredParams);
        }
        long position = asOf.position() != null ? Math.min(asOf.position(), computedAt) : computedAt;
        return new Trail(kind, id, position, entries);
    }

    /**
     * Adds to a trail filtered by period the corrections of its entries and the entries they correct, whatever
     * their business time: a violation amended to a day in another period shows, in either period's trail, beside
     * the record it corrects, never as half of the story (the most rounds a chain of corrections is followed).
     */
    private void linkCorrections(List<Entry> entries, String subjectSql, List<Object> subjectParams) {
        Set<Long> have = entries.stream().map(Entry::position).collect(java.util.stream.Collectors.toSet());
        // each round asks only of the entries the round before added: the first, of the period's
        List<Entry> frontier = List.copyOf(entries);
        for (int round = 0; round < 10 && !frontier.isEmpty(); round++) {
            Long[] positions = frontier.stream().map(Entry::position).toArray(Long[]::new);
            Long[] corrected = frontier.stream().map(Entry::corrects).filter(java.util.Objects::nonNull)
                    .filter(c -> !have.contains(c)).toArray(Long[]::new);
            List<Object> params = new ArrayList<>(subjectParams);
            params.add(positions);
            params.add(corrected);
            // an entry that corrects nothing is never a correction to add: the index-free test is cheap to skip
            List<Entry> linked = entries(subjectSql + " AND ((e.corrects_position IS NOT NULL"
                    + " AND e.corrects_position = ANY(?)) OR e.position = ANY(?)) ORDER BY e.position", params)
                    .stream().filter(e -> have.add(e.position())).toList();
            entries.addAll(linked);
            frontier = linked;
        }
        entries.sort(java.util.Comparator.comparingLong(Entry::position));
    }

    /** The events that set a violation's status, dated by its day as it stood when each was recorded. */
    private static final String[] VIOLATION_STATUS = {"ViolationRecorded", "ViolationConfirmed", "ViolationDismissed",
            "ViolationRetracted", "ViolationAmended"};

    /**
     * Adds to a trail filtered by period the status entries (recorded, confirmed, dismissed, retracted, amended) of
     * every violation it holds one of: a confirmation is dated by the violation's day when it was recorded, so a
     * violation amended into the period would show there recorded and amended but not confirmed, while the
     * period's rankings and dossiers count it confirmed. Its sanctions keep the days they were decided on.
     */
    private void linkViolationStatus(List<Entry> entries, String subjectSql, List<Object> subjectParams) {
        Set<String> violations = new java.util.TreeSet<>();
        for (Entry entry : entries) {
            String violation = entry.type().startsWith("Violation") ? entry.text("violationId") : null;
            if (violation != null) {
                violations.add(violation);
            }
        }
        if (violations.isEmpty()) {
            return;
        }
        Set<Long> have = entries.stream().map(Entry::position).collect(java.util.stream.Collectors.toSet());
        List<Object> params = new ArrayList<>(subjectParams);
        params.add(VIOLATION_STATUS);
        params.add(violations.toArray(String[]::new));
        entries(subjectSql + " AND e.event_type = ANY(?) AND e.data->>'violationId' = ANY(?) ORDER BY e.position",
                params).stream().filter(e -> have.add(e.position())).forEach(entries::add);
        entries.sort(java.util.Comparator.comparingLong(Entry::position));
    }

    private List<Entry> entries(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            // a fact without a business time of its own (a registration) took effect when it was recorded
            String businessTime = rs.getString(4) != null ? rs.getString(4) : rs.getString(13);
            boolean day = businessTime != null && businessTime.length() == 10;
            return new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rs.getString(3),
                    EventLabels.label(rs.getString(3)), day ? businessTime : null, day ? null : businessTime, rs.getString(5), rs.getString(11),
                    rs.getString(12), rs.getString(6), rs.getString(10), rs.getString(8), (Long) rs.getObject(9),
                    rs.getString(7));
        }).list();
    }

    boolean exists(String kind, String id) {
        if (USERS.equals(kind)) {
            // an account that has recorded nothing yet still exists: its trail is empty, not unknown
            return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(?)) "
                            + "OR EXISTS (SELECT 1 FROM audit_event WHERE actor = ?)")
                    .params(id, id).query(Boolean.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_kind = ? AND subject_id = ?")
                .params(kind, id).query(Long.class).single() > 0;
    }

    /** The account's name as it was opened, found in any case; the name as asked when no account has it. */
    private String accountName(String name) {
        if (name.regionMatches(true, 0, SYSTEM, 0, SYSTEM.length())) {
            return name.toLowerCase(java.util.Locale.ROOT); // the system's actors are named in lower case
        }
        return jdbc.sql("SELECT username FROM users WHERE lower(username) = lower(?) ORDER BY username LIMIT 1")
                .param(name).query(String.class).optional().orElse(name);
    }
}
