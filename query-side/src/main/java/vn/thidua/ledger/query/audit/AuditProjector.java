package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.query.rebuild.ProjectionTables;
import vn.thidua.ledger.query.rebuild.Statements;
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
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationReinstated;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.pledge.PledgeRenewed;
import vn.thidua.ledger.api.pledge.PledgeWithdrawn;
import vn.thidua.ledger.api.report.ReportSubmitted;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.violation.ViolationAmended;

/**
 * Writes every event once, and an entry for each entity it concerns into that entity's trail. Inserts are idempotent,
 * so a replay or a batch retried after a crash leaves exactly one row per event and one per event and entity.
 */
@Component
@ProcessingGroup(AuditProjector.PROCESSOR)
class AuditProjector {

    private static final Logger log = LoggerFactory.getLogger(AuditProjector.class);
    static final String PROCESSOR = "audit";

    static final ProjectionTables TABLES = ProjectionTables.live(List.of("audit_event", "audit_entry"));

    private static final String INSERT_EVENT = """
            INSERT INTO audit_event (position, event_id, event_type, recorded_at, business_time, business_from,
                                     business_to, actor, actor_role, unit_scope, correlation_id, import_id, data,
                                     corrects_position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, %s)
            ON CONFLICT DO NOTHING""";
    private static final String CORRECTS_NOTHING = INSERT_EVENT.formatted("NULL");
    /**
     * The entry of the event a correction names, found by the event store's index of event identifiers (the audit
     * keeps none); none if that event has no entry.
     */
    private static final String CORRECTS_NAMED = INSERT_EVENT.formatted("""
            (SELECT a.position FROM domain_event_entry d JOIN audit_event a ON a.position = d.global_index
             WHERE d.event_identifier = ?)""");
    /** The entity's latest record of what an amendment changes: its first record or an earlier amendment. */
    private static final String CORRECTS_LATEST = INSERT_EVENT.formatted("""
            (SELECT max(position) FROM audit_entry WHERE subject_kind = ? AND subject_id = ? AND event_type IN (?, ?)
                                                     AND position < ?)""");
    private static final String INSERT_ENTRY = """
            INSERT INTO audit_entry (subject_kind, subject_id, position, event_type) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    /**
     * The units a later event of an entity concerns too, as its first event named them: a pledge's withdrawal or
     * renewal belongs in the trail of the unit it was signed in, a review in that of its campaign's scope.
     */
    private static final String ENTRIES_AS_FIRST = """
            INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
            SELECT ?, e.data ->> ?, ?, ? FROM audit_entry o JOIN audit_event e ON e.position = o.position
            WHERE o.subject_kind = ? AND o.subject_id = ? AND o.event_type = ? AND e.data ->> ? IS NOT NULL
            ON CONFLICT DO NOTHING""";
    /**
     * A person's commendation belongs in the trail of the unit the person worked in at the end of the period it
     * rewards, a pledge's withdrawal or renewal in that of their unit on its day, by their registration and transfers
     * recorded so far.
     */
    private static final String ENTRY_OF_PERSONS_UNIT = """
            INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
            SELECT 'units', placed.unit_id, ?, ? FROM (
                SELECT CASE WHEN e.event_type = 'PersonTransferred' THEN e.data ->> 'toUnitId'
                            ELSE e.data ->> 'unitId' END AS unit_id
                FROM audit_entry o JOIN audit_event e ON e.position = o.position
                WHERE o.subject_kind = 'persons' AND o.subject_id = ?
                  AND o.event_type IN ('PersonRegistered', 'PersonTransferred')
                  AND (e.event_type = 'PersonRegistered' OR (e.data ->> 'effectiveOn')::date <= ?)
                ORDER BY CASE WHEN e.event_type = 'PersonTransferred' THEN (e.data ->> 'effectiveOn')::date END
                         DESC NULLS LAST, o.position DESC
                LIMIT 1) placed
            WHERE placed.unit_id IS NOT NULL
            ON CONFLICT DO NOTHING""";

    /**
     * An amendment belongs in the trail of the unit its violation counted in before it too (a new day across a
     * transfer moves it): the unit of the violation's record or latest amendment so far. Amendments of revision 2
     * name that unit themselves; this finds it for those of revision 1.
     */
    private static final String ENTRY_OF_UNIT_BEFORE = """
            INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
            SELECT 'units', e.data ->> 'unitId', ?, ? FROM audit_event e
            WHERE e.position = (SELECT max(o.position) FROM audit_entry o
                                WHERE o.subject_kind = 'violations' AND o.subject_id = ?
                                  AND o.event_type IN ('ViolationRecorded', 'ViolationAmended') AND o.position < ?)
              AND e.data ->> 'unitId' IS NOT NULL
            ON CONFLICT DO NOTHING""";

    /**
     * A leave belongs in the trail of each unit the person was transferred to while it ran (it names the unit of its
     * first day), by the transfers recorded before it: entries are made at the event's own position, so that a trail
     * asked as of a position never changes afterwards.
     */
    private static final String ENTRIES_OF_UNITS_DURING = """
            INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
            SELECT DISTINCT 'units', e.data ->> 'toUnitId', ?, ?
            FROM audit_entry o JOIN audit_event e ON e.position = o.position
            WHERE o.subject_kind = 'persons' AND o.subject_id = ? AND o.event_type = 'PersonTransferred'
              AND (e.data ->> 'effectiveOn')::date > ? AND (e.data ->> 'effectiveOn')::date <= ?
            ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final Statements live;
    private final ObjectMapper objectMapper;
    private final ProjectionTables tables;

    @Autowired
    AuditProjector(JdbcClient jdbc, DataSource dataSource, ObjectMapper objectMapper) {
        this(jdbc, objectMapper, TABLES, Statements.perUnitOfWork(dataSource));
    }

    /**
     * A copy writing into {@code tables}: the live ones, or the rebuild's. {@code live} takes what the events handled
     * by its processor change (the statements of a batch of events are sent together as its transaction commits).
     */
    AuditProjector(JdbcClient jdbc, ObjectMapper objectMapper, ProjectionTables tables, Statements live) {
        this.jdbc = jdbc;
        this.live = live;
        this.objectMapper = objectMapper;
        this.tables = tables;
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        long position = token.position().orElseThrow(() -> new IllegalStateException("untracked event"));
        project(event, message, position, live);
    }

    /**
     * Writes {@code event}, recorded at {@code position}, and the entries of the entities it concerns to this copy's
     * tables through {@code out}.
     */
    void project(LedgerEvent event, EventMessage<?> message, long position, Statements out)
            throws JsonProcessingException {
        if (event.subjects().isEmpty()) {
            return; // in no entity's trail
        }
        JsonNode json = withoutNul(objectMapper.valueToTree(event));
        String data = objectMapper.writeValueAsString(json);
        String businessTime = event.businessTime();
        Period period = periodOf(businessTime);
        String type = event.getClass().getSimpleName();
        Object[] row = {position, message.getIdentifier(), type,
                Timestamp.from(message.getTimestamp()), businessTime, period == null ? null : period.from(),
                period == null ? null : period.to(), message.getMetaData().get("actor"),
                message.getMetaData().get("role"), message.getMetaData().get("unitScope"),
                message.getMetaData().get("correlationId"), message.getMetaData().get("importId"), data};
        Object[] corrects = corrects(event, json, position);
        if (corrects == null) {
            out.insert(tables.sql(CORRECTS_NOTHING), row);
        } else {
            // the entry it corrects is looked up when the row is written: it may not be written yet now
            Object[] params = Arrays.copyOf(row, row.length + corrects.length - 1);
            System.arraycopy(corrects, 1, params, row.length, corrects.length - 1);
            out.execute(tables.sql((String) corrects[0]), params);
        }
        for (EntityId subject : event.subjects()) {
            out.insert(tables.sql(INSERT_ENTRY), subject.kind(), subject.value(), position, type);
        }
        unitEntries(event, position, type, out);
    }

    /** An entry for the unit the entity's first event ({@code firstType}) names in {@code field}. */
    private void asFirst(Statements out, long position, String type, String kind, String id, String firstType,
                         String field) {
        asFirst(out, position, type, kind, id, firstType, field, "units");
    }

    /** An entry for the entity of {@code targetKind} the entity's first event ({@code firstType}) names in {@code field}. */
    private void asFirst(Statements out, long position, String type, String kind, String id, String firstType,
                         String field, String targetKind) {
        out.execute(tables.sql(ENTRIES_AS_FIRST), targetKind, field, position, type, kind, id, firstType, field);
    }

    /** The entries of the units an event concerns without naming them. */
    private void unitEntries(LedgerEvent event, long position, String type, Statements out) {
        if (event instanceof PledgeWithdrawn e) {
            asFirst(out, position, type, "pledges", e.pledgeId().value(), "PledgeSigned", "unitId");
            // and in that of the unit the person worked in on its day, whose account records it
            out.execute(tables.sql(ENTRY_OF_PERSONS_UNIT), position, type, e.personId().value(), e.withdrawnOn());
        } else if (event instanceof PledgeRenewed e) {
            asFirst(out, position, type, "pledges", e.pledgeId().value(), "PledgeSigned", "unitId");
            out.execute(tables.sql(ENTRY_OF_PERSONS_UNIT), position, type, e.personId().value(), e.renewedOn());
        } else if (event instanceof LeaveRecorded e) {
            out.execute(tables.sql(ENTRIES_OF_UNITS_DURING), position, type, e.personId().value(), e.from(), e.to());
        } else if (event instanceof ViolationAmended e && e.previousUnitId() == null) {
            out.execute(tables.sql(ENTRY_OF_UNIT_BEFORE), position, type, e.violationId().value(), position);
        } else if (event instanceof ReviewHeld e) {
            asFirst(out, position, type, "campaigns", e.campaignId().value(), "CampaignLaunched", "scopeUnitId");
        } else if (event.subjects().size() > 1 && event.subjects().get(0) instanceof CommendationId
                && event.subjects().get(1) instanceof PersonId person && periodOf(event.businessTime()) != null) {
            out.execute(tables.sql(ENTRY_OF_PERSONS_UNIT), position, type, person.value(),
                    periodOf(event.businessTime()).to());
        }
        if (event instanceof CommendationApproved || event instanceof CommendationRejected
                || event instanceof CommendationRevoked || event instanceof CommendationReinstated) {
            // the decisions on a commendation proposed under a campaign belong to the campaign's trail, as its proposal
            asFirst(out, position, type, "commendations", event.subjects().get(0).value(), "CommendationProposed",
                    "campaignId", "campaigns");
        }
    }

    /**
     * The days of an event's business time; none when it has none, or one the periods' calendar cannot read (a date
     * of a year before Christ or after 9999, stored before request bodies refused them): the entry is still written,
     * with its business time as stored, rather than left out of every trail.
     */
    static Period periodOf(String businessTime) {
        if (businessTime == null) {
            return null;
        }
        try {
            return Period.parse(businessTime);
        } catch (IllegalArgumentException unreadable) {
            log.warn("Business time {} is not a period this calendar reads; the entry has no days", businessTime);
            return null;
        }
    }

    /**
     * The entry a correction replaces, as the SQL to insert with and its parameters: the event it names
     * ({@code corrects}, an event identifier), or else, for an amendment or correction, the entity's latest record
     * of the same content before it (its {@code …Recorded} event or an earlier amendment, not a confirmation or a
     * sanction that came between); null when the event corrects nothing.
     */
    private Object[] corrects(LedgerEvent event, JsonNode json, long position) {
        JsonNode named = json.get("corrects");
        if (named != null && named.isTextual()) {
            return new Object[] {CORRECTS_NAMED, named.asText()};
        }
        String type = event.getClass().getSimpleName();
        EntityId own = event.subjects().get(0);
        if (type.equals("SanctionAnnulled")) {
            // annulled after a complaint: the decision it undoes was wrong
            return new Object[] {CORRECTS_LATEST, own.kind(), own.value(), "SanctionImposed", "SanctionImposed",
                    position};
        }
        if (event instanceof ReportSubmitted submitted && submitted.onTime()) {
            // submitted by its due date but recorded after the deadline marked it overdue: that notice no longer holds
            return new Object[] {CORRECTS_LATEST, own.kind(), own.value(), "ReportOverdue", "ReportOverdue", position};
        }
        if (!type.endsWith("Amended") && !type.endsWith("Corrected")) {
            return null;
        }
        String recorded = type.replaceFirst("(Amended|Corrected)$", "Recorded");
        return new Object[] {CORRECTS_LATEST, own.kind(), own.value(), recorded, type, position};
    }

    /**
     * The event's text with any NUL character replaced (U+FFFD): jsonb cannot hold one, and a trail must never stop
     * at an event. The API refuses such text; this keeps events stored before that, or by other means, readable.
     */
    static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(node.textValue().replace('\u0000', '\uFFFD'));
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.properties().forEach(field -> field.setValue(withoutNul(field.getValue())));
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNul(array.get(i)));
            }
        }
        return node;
    }

    @ResetHandler
    void reset() {
        jdbc.sql(tables.sql("TRUNCATE audit_event, audit_entry")).update();
    }
}
