package vn.thidua.ledger.query.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterMembershipEnded;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationReinstated;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.evaluation.UnitEvaluationCorrected;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.survey.SurveyCorrected;
import vn.thidua.ledger.api.survey.SurveyRecorded;
import vn.thidua.ledger.api.unit.UnitClosed;
import vn.thidua.ledger.api.unit.UnitMoved;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.unit.UnitRenamed;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationDismissed;
import vn.thidua.ledger.api.violation.ViolationEvent;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationRetracted;

/**
 * Keeps the fact tables the rules engine reads. Nothing is overwritten: a replaced fact gets the position
 * that replaced it, so every view can be recomputed as of any earlier position. Inserts skip rows already
 * there, so a batch retried after a crash changes nothing.
 */
@Component
@ProcessingGroup(FactsProjector.PROCESSOR)
class FactsProjector {

    static final String PROCESSOR = ViewPoints.FACTS_PROCESSOR;

    static final ProjectionTables TABLES = ProjectionTables.live(List.of("fact_timeline", "fact_unit", "fact_person",
            "fact_cluster", "fact_cluster_member", "fact_criteria_set", "fact_person_evaluation",
            "fact_unit_evaluation", "fact_violation_event", "fact_sanction", "fact_survey", "fact_commendation_event",
            "fact_campaign", "fact_leave", "fact_cluster_member_end")).readByKeysOnly();

    private final JdbcClient jdbc;
    private final Statements live;
    private final ObjectMapper objectMapper;
    private final ProjectionTables tables;
    private final boolean supersedeAtTheEnd;

    @Autowired
    FactsProjector(JdbcClient jdbc, DataSource dataSource, ObjectMapper objectMapper) {
        this(jdbc, objectMapper, TABLES, Statements.perUnitOfWork(dataSource));
    }

    /**
     * A copy writing into {@code tables}: the live ones, or the rebuild's. {@code live} takes what the events handled
     * by its processor change (the statements of a batch of events are sent together as its transaction commits).
     */
    FactsProjector(JdbcClient jdbc, ObjectMapper objectMapper, ProjectionTables tables, Statements live) {
        this(jdbc, objectMapper, tables, live, false);
    }

    /**
     * @param supersedeAtTheEnd whether corrections leave the rows they supersede to {@link #supersedeAll}, as a
     *                          rebuild does: one UPDATE per correction made a rebuild of a stream full of them crawl
     */
    FactsProjector(JdbcClient jdbc, ObjectMapper objectMapper, ProjectionTables tables, Statements live,
                   boolean supersedeAtTheEnd) {
        this.jdbc = jdbc;
        this.live = live;
        this.objectMapper = objectMapper;
        this.tables = tables;
        this.supersedeAtTheEnd = supersedeAtTheEnd;
    }

    /** The corrected tables and their ids: each row is superseded by its entity's next row. */
    private static final Map<String, String> CORRECTED = Map.of("fact_person_evaluation", "evaluation_id",
            "fact_unit_evaluation", "evaluation_id", "fact_survey", "survey_id");

    /**
     * Marks, set-wise, each row of a corrected table superseded by the position of its entity's next row (what the
     * corrections left to the end): every entity's rows when {@code after} is -1, else those of the entities with a
     * row after {@code after}.
     */
    void supersedeAll(long after) {
        CORRECTED.forEach((table, id) -> {
            // two statements rather than one with "? < 0 OR …": the caught-up entities' rows are found by index
            String entities = after < 0 ? "" : "WHERE %1$s IN (SELECT %1$s FROM %2$s WHERE position > %3$d)"
                    .formatted(id, table, after);
            jdbc.sql(tables.sql("""
                    UPDATE %1$s f SET superseded_position = n.next_position
                    FROM (SELECT %2$s, position,
                                 lead(position) OVER (PARTITION BY %2$s ORDER BY position) AS next_position
                          FROM %1$s %3$s) n
                    WHERE f.%2$s = n.%2$s AND f.position = n.position AND n.next_position IS NOT NULL
                      AND f.superseded_position IS DISTINCT FROM n.next_position""".formatted(table, id, entities)))
                    .update();
        });
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        long position = token.position().orElseThrow();
        project(event, message.getTimestamp(), importOf(message), position, live);
    }

    /** The position last put on the timeline by this copy, and the moment it was stored by. */
    private long timelinePosition = -1;
    private Instant timelineMoment;

    /**
     * The moment the stream up to {@code position} was stored by: the latest timestamp of its events. An event is
     * stamped when its write arrives, and a write that waited behind a longer one (an import) is appended after
     * events stamped later; the record "as it stood at a moment" is the longest start of the stream stored by then.
     */
    private Instant storedBy(long position, Instant stamped) {
        if (timelineMoment == null || position <= timelinePosition) {
            // first event of this copy, or handled again after a rollback: from what the timeline holds before it. A
            // rebuild's copy starts from the stream's start and never goes back; its tables are its statements' only
            timelineMoment = position == 0 || supersedeAtTheEnd ? null : jdbc.sql(tables.sql("""
                            SELECT recorded_at FROM fact_timeline WHERE position < ? ORDER BY position DESC LIMIT 1"""))
                    .param(position).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        }
        timelinePosition = position;
        timelineMoment = timelineMoment == null || stamped.isAfter(timelineMoment) ? stamped : timelineMoment;
        return timelineMoment;
    }

    /** The import an event came with, from its metadata; null for any other write. */
    static String importOf(EventMessage<?> message) {
        return message.getMetaData().get(IMPORT_ID) instanceof String id ? id : null;
    }

    private static final String IMPORT_ID = "importId";

    /**
     * Writes what {@code event}, recorded at {@code position} (with the import {@code importId}, or none), changes in
     * this copy's tables to {@code out}.
     */
    void project(LedgerEvent event, Instant recordedAt, String importId, long position, Statements out)
            throws JsonProcessingException {
        insert(out, """
                        INSERT INTO fact_timeline (position, recorded_at, import_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                position, Timestamp.from(storedBy(position, recordedAt)), importId);
        if (event instanceof UnitRegistered e) {
            unitVersion(out, e.unitId().value(), position, e.name(), e.kind().name(),
                    e.parentId() == null ? null : e.parentId().value(), false);
        } else if (event instanceof UnitRenamed e) {
            unitChange(out, e.unitId().value(), position, "name", e.name());
        } else if (event instanceof UnitMoved e) {
            unitChange(out, e.unitId().value(), position, "parent_id", e.parentId().value());
            execute(out, "UPDATE fact_unit SET parent_from = ? WHERE unit_id = ? AND position = ?",
                    e.effectiveOn(), e.unitId().value(), position);
        } else if (event instanceof UnitClosed e) {
            unitChange(out, e.unitId().value(), position, "closed", true);
            execute(out, "UPDATE fact_unit SET closed_on = ? WHERE unit_id = ? AND position = ?",
                    e.closedOn(), e.unitId().value(), position);
        } else if (event instanceof PersonRegistered e) {
            insert(out, """
                            INSERT INTO fact_person (person_id, position, full_name, unit_id, category, leader, from_date)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    // from the first day of service when told: before it, the person is in no unit
                    e.personId().value(), position, e.fullName(), e.unitId().value(), e.category().name(),
                    e.leader(), e.joinedOn());
        } else if (event instanceof PersonTransferred e) {
            personChange(out, e.personId().value(), position, e.effectiveOn(),
                    "unit_id", e.toUnitId().value());
        } else if (event instanceof PersonPostChanged e) {
            personPost(out, e, position);
        } else if (event instanceof CampaignLaunched e) {
            insert(out, """
                            INSERT INTO fact_campaign (campaign_id, position, title, scope_unit_id, starts_on, ends_on,
                                                       mid_term_review, final_review)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.campaignId().value(), position, e.title(), e.scopeUnitId().value(), e.from(), e.to(),
                    e.midTermReview(), e.finalReview());
        } else if (event instanceof ClusterRegistered e) {
            insert(out, """
                            INSERT INTO fact_cluster (cluster_id, position, name, kind) VALUES (?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""",
                    e.clusterId().value(), position, e.name(), e.kind().name());
        } else if (event instanceof ClusterMemberAdded e) {
            insert(out, """
                            INSERT INTO fact_cluster_member (cluster_id, unit_id, from_date, to_date, position)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.clusterId().value(), e.unitId().value(), e.from(), e.to(), position);
        } else if (event instanceof ClusterMembershipEnded e) {
            execute(out, """
                            UPDATE fact_cluster_member SET ended_to = ?, ended_position = ?
                            WHERE cluster_id = ? AND unit_id = ? AND from_date = ? AND to_date IS NULL
                              AND ended_position IS NULL""",
                    e.to(), position, e.clusterId().value(), e.unitId().value(), e.from());
            // every end, the first as later ones bringing it forward, kept with its position for views as of then
            insert(out, """
                            INSERT INTO fact_cluster_member_end (cluster_id, unit_id, from_date, to_date, position)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.clusterId().value(), e.unitId().value(), e.from(), e.to(), position);
        } else if (event instanceof CriteriaSetPublished e) {
            insert(out, """
                            INSERT INTO fact_criteria_set (criteria_set_id, version, position, definition)
                            VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                    e.criteriaSet().id().value(), e.criteriaSet().version(), position,
                    objectMapper.writeValueAsString(e.criteriaSet()));
        } else if (event instanceof PersonEvaluated e) {
            personEvaluation(out, e.evaluationId().value(), position, e.personId().value(),
                    e.unitId().value(), e.period().atDay(1), e.criteriaSetId().value(), e.criteriaSetVersion(),
                    e.scores());
        } else if (event instanceof PersonEvaluationCorrected e) {
            if (e.stage() == EvaluationStage.HEAD_DECISION) {
                supersede(out, "fact_person_evaluation", "evaluation_id", e.evaluationId().value(), position);
                personEvaluation(out, e.evaluationId().value(), position, e.personId().value(), e.unitId().value(),
                        e.period().atDay(1), e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
            }
        } else if (event instanceof UnitEvaluated e) {
            unitEvaluation(out, e.evaluationId().value(), position, e.unitId().value(),
                    Period.parse(e.period()), e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
        } else if (event instanceof UnitEvaluationCorrected e) {
            supersede(out, "fact_unit_evaluation", "evaluation_id", e.evaluationId().value(), position);
            unitEvaluation(out, e.evaluationId().value(), position, e.unitId().value(), Period.parse(e.period()),
                    e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
        } else if (event instanceof ViolationRecorded e) {
            violation(out, e, position, "RECORDED", e.ruleCode(), e.occurredOn());
        } else if (event instanceof ViolationAmended e) {
            violation(out, e, position, "AMENDED", e.ruleCode(), e.occurredOn());
        } else if (event instanceof ViolationConfirmed e) {
            violation(out, e, position, "CONFIRMED", null, null);
        } else if (event instanceof ViolationDismissed e) {
            violation(out, e, position, "DISMISSED", null, null);
        } else if (event instanceof ViolationRetracted e) {
            violation(out, e, position, "RETRACTED", null, null);
        } else if (event instanceof SanctionImposed e) {
            insert(out, """
                            INSERT INTO fact_sanction (violation_id, position, subject_kind, subject_id, unit_id, form,
                                                       decided_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.violationId().value(), position, e.subjectKind().name(), e.subjectId(),
                    e.unitId() == null ? null : e.unitId().value(), e.form().name(), e.decidedOn());
        } else if (event instanceof SanctionAnnulled e) {
            execute(out, """
                            UPDATE fact_sanction SET annulled_position = ?
                            WHERE violation_id = ? AND annulled_position IS NULL AND position < ?""",
                    position, e.violationId().value(), position);
        } else if (event instanceof SurveyRecorded e) {
            survey(out, e.surveyId().value(), position, e.unitId().value(), e.period(),
                    e.respondents(), e.satisfied());
        } else if (event instanceof LeaveRecorded e) {
            insert(out, """
                            INSERT INTO fact_leave (person_id, position, kind, leave_from, leave_to)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.personId().value(), position, e.kind().name(), e.from(), e.to());
        } else if (event instanceof SurveyCorrected e) {
            supersede(out, "fact_survey", "survey_id", e.surveyId().value(), position);
            survey(out, e.surveyId().value(), position, e.unitId().value(), e.period(), e.respondents(), e.satisfied());
        } else if (event instanceof CommendationProposed e) {
            commendation(out, e.commendationId().value(), position, "PROPOSED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period(), e.clusterId());
        } else if (event instanceof CommendationApproved e) {
            commendation(out, e.commendationId().value(), position, "APPROVED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period(), e.clusterId());
        } else if (event instanceof CommendationRejected e) {
            commendation(out, e.commendationId().value(), position, "REJECTED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period(), e.clusterId());
        } else if (event instanceof CommendationRevoked e) {
            commendation(out, e.commendationId().value(), position, "REVOKED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period(), e.clusterId());
        } else if (event instanceof CommendationReinstated e) {
            commendation(out, e.commendationId().value(), position, "APPROVED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period(), e.clusterId());
        }
        // other facts do not enter scores, levels or ranks
    }

    private void insert(Statements out, String sql, Object... params) {
        out.insert(tables.sql(sql), withoutNul(params));
    }

    private void execute(Statements out, String sql, Object... params) {
        out.execute(tables.sql(sql), withoutNul(params));
    }

    /** Text parameters with any NUL replaced (U+FFFD): PostgreSQL's text cannot hold one, and facts must not stop. */
    private static Object[] withoutNul(Object[] params) {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof String text && text.indexOf('\u0000') >= 0) {
                params[i] = text.replace('\u0000', '\uFFFD');
            }
        }
        return params;
    }

    private void unitVersion(Statements out, String unitId, long position, String name, String kind,
                             String parentId, boolean closed) {
        insert(out, """
                        INSERT INTO fact_unit (unit_id, position, name, kind, parent_id, closed)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                unitId, position, name, kind, parentId, closed);
    }

    /** A new version of the unit: the latest one with one column changed. */
    private void unitChange(Statements out, String unitId, long position, String column, Object value) {
        execute(out, """
                        INSERT INTO fact_unit (unit_id, position, name, kind, parent_id, closed, closed_on,
                                               parent_from)
                        SELECT unit_id, ?, name, kind, parent_id, closed, closed_on, parent_from FROM fact_unit
                        WHERE unit_id = ? AND position < ? ORDER BY position DESC LIMIT 1
                        ON CONFLICT DO NOTHING""",
                position, unitId, position);
        execute(out, "UPDATE fact_unit SET " + column + " = ? WHERE unit_id = ? AND position = ?",
                value, unitId, position);
    }

    private void personChange(Statements out, String personId, long position, LocalDate from, String column,
                              Object value) {
        execute(out, """
                        INSERT INTO fact_person (person_id, position, full_name, unit_id, category, leader, from_date)
                        SELECT person_id, ?, full_name, unit_id, category, leader, ? FROM fact_person
                        WHERE person_id = ? AND position < ? ORDER BY position DESC LIMIT 1
                        ON CONFLICT DO NOTHING""",
                position, from, personId, position);
        execute(out, "UPDATE fact_person SET " + column + " = ? WHERE person_id = ? AND position = ?",
                value, personId, position);
    }

    private void personPost(Statements out, PersonPostChanged e, long position) {
        personChange(out, e.personId().value(), position, e.effectiveOn(), "category", e.category().name());
        execute(out, "UPDATE fact_person SET leader = ? WHERE person_id = ? AND position = ?",
                e.leader(), e.personId().value(), position);
    }

    private void supersede(Statements out, String table, String idColumn, String id, long position) {
        if (supersedeAtTheEnd) {
            return;
        }
        execute(out, "UPDATE " + table + " SET superseded_position = ? WHERE " + idColumn
                + " = ? AND superseded_position IS NULL AND position < ?", position, id, position);
    }

    private void personEvaluation(Statements out, String id, long position, String personId, String unitId,
                                  LocalDate month, String setId, int setVersion, Map<String, ?> scores)
            throws JsonProcessingException {
        insert(out, """
                        INSERT INTO fact_person_evaluation (evaluation_id, position, person_id, unit_id, month,
                                                            criteria_set_id, criteria_set_version, scores)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::json) ON CONFLICT DO NOTHING""",
                id, position, personId, unitId, month, setId, setVersion, objectMapper.writeValueAsString(scores));
    }

    private void unitEvaluation(Statements out, String id, long position, String unitId, Period period,
                                String setId, int setVersion, Map<String, ?> scores) throws JsonProcessingException {
        insert(out, """
                        INSERT INTO fact_unit_evaluation (evaluation_id, position, unit_id, period_from, period_to,
                                                          criteria_set_id, criteria_set_version, scores)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::json) ON CONFLICT DO NOTHING""",
                id, position, unitId, period.from(), period.to(), setId, setVersion,
                objectMapper.writeValueAsString(scores));
    }

    private void violation(Statements out, ViolationEvent e, long position, String type, String ruleCode,
                           LocalDate occurredOn) {
        insert(out, """
                        INSERT INTO fact_violation_event (violation_id, position, event_type, subject_kind, subject_id,
                                                          unit_id, rule_code, occurred_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.violationId().value(), position, type, e.subjectKind().name(), e.subjectId(),
                e.unitId() == null ? null : e.unitId().value(), ruleCode, occurredOn);
    }

    private void survey(Statements out, String id, long position, String unitId, String period, int respondents,
                        int satisfied) {
        Period p = Period.parse(period);
        insert(out, """
                        INSERT INTO fact_survey (survey_id, position, unit_id, period_from, period_to, respondents,
                                                 satisfied)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                id, position, unitId, p.from(), p.to(), respondents, satisfied);
    }

    private void commendation(Statements out, String id, long position, String type, String title,
                              String recipientKind, String recipientId, String period, ClusterId clusterId) {
        Period p = Period.parse(period);
        // the cluster of a Cờ thi đua (older events name none)
        insert(out, """
                        INSERT INTO fact_commendation_event (commendation_id, position, event_type, title,
                                                             recipient_kind, recipient_id, period_from, period_to,
                                                             cluster_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                id, position, type, title, recipientKind, recipientId, p.from(), p.to(),
                clusterId == null ? null : clusterId.value());
    }

    @ResetHandler
    void reset() {
        jdbc.sql(tables.sql("""
                TRUNCATE fact_timeline, fact_unit, fact_person, fact_cluster, fact_cluster_member, fact_criteria_set,
                         fact_person_evaluation, fact_unit_evaluation, fact_violation_event, fact_sanction, fact_survey,
                         fact_commendation_event, fact_campaign, fact_leave, fact_cluster_member_end""")).update();
    }
}
