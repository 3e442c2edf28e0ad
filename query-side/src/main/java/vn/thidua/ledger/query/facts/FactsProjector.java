package vn.thidua.ledger.query.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.query.rebuild.ProjectionTables;
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
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.evaluation.UnitEvaluationCorrected;
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
            "fact_campaign"));

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final FactsChanges changes;
    private final ProjectionTables tables;

    @Autowired
    FactsProjector(JdbcClient jdbc, ObjectMapper objectMapper, FactsChanges changes) {
        this(jdbc, objectMapper, changes, TABLES);
    }

    /** A copy writing into {@code tables}: the live ones, or the rebuild's. */
    FactsProjector(JdbcClient jdbc, ObjectMapper objectMapper, FactsChanges changes, ProjectionTables tables) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.changes = changes;
        this.tables = tables;
    }

    private JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(tables.sql(sql));
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        long position = token.position().orElseThrow();
        sql("INSERT INTO fact_timeline (position, recorded_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(position, Timestamp.from(message.getTimestamp())).update();
        if (event instanceof UnitRegistered e) {
            unitVersion(e.unitId().value(), position, e.name(), e.kind().name(),
                    e.parentId() == null ? null : e.parentId().value(), false);
        } else if (event instanceof UnitRenamed e) {
            unitChange(e.unitId().value(), position, "name", e.name());
        } else if (event instanceof UnitMoved e) {
            unitChange(e.unitId().value(), position, "parent_id", e.parentId().value());
        } else if (event instanceof UnitClosed e) {
            unitChange(e.unitId().value(), position, "closed", true);
        } else if (event instanceof PersonRegistered e) {
            sql("""
                            INSERT INTO fact_person (person_id, position, full_name, unit_id, category, leader, from_date)
                            VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING""")
                    .params(e.personId().value(), position, e.fullName(), e.unitId().value(), e.category().name(),
                            e.leader()).update();
        } else if (event instanceof PersonTransferred e) {
            personChange(e.personId().value(), position, e.effectiveOn(),
                    "unit_id", e.toUnitId().value());
        } else if (event instanceof PersonPostChanged e) {
            personPost(e, position);
        } else if (event instanceof CampaignLaunched e) {
            sql("""
                            INSERT INTO fact_campaign (campaign_id, position, title, scope_unit_id, starts_on, ends_on,
                                                       mid_term_review, final_review)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.campaignId().value(), position, e.title(), e.scopeUnitId().value(), e.from(), e.to(),
                            e.midTermReview(), e.finalReview()).update();
        } else if (event instanceof ClusterRegistered e) {
            sql("""
                            INSERT INTO fact_cluster (cluster_id, position, name, kind) VALUES (?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(e.clusterId().value(), position, e.name(), e.kind().name()).update();
        } else if (event instanceof ClusterMemberAdded e) {
            sql("""
                            INSERT INTO fact_cluster_member (cluster_id, unit_id, from_date, to_date, position)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.clusterId().value(), e.unitId().value(), e.from(), e.to(), position).update();
        } else if (event instanceof ClusterMembershipEnded e) {
            sql("""
                            UPDATE fact_cluster_member SET ended_to = ?, ended_position = ?
                            WHERE cluster_id = ? AND unit_id = ? AND from_date = ? AND to_date IS NULL
                              AND ended_position IS NULL""")
                    .params(e.to(), position, e.clusterId().value(), e.unitId().value(), e.from()).update();
        } else if (event instanceof CriteriaSetPublished e) {
            sql("""
                            INSERT INTO fact_criteria_set (criteria_set_id, version, position, definition)
                            VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""")
                    .params(e.criteriaSet().id().value(), e.criteriaSet().version(), position,
                            objectMapper.writeValueAsString(e.criteriaSet())).update();
        } else if (event instanceof PersonEvaluated e) {
            personEvaluation(e.evaluationId().value(), position, e.personId().value(),
                    e.unitId().value(), e.period().atDay(1), e.criteriaSetId().value(), e.criteriaSetVersion(),
                    e.scores());
        } else if (event instanceof PersonEvaluationCorrected e) {
            if (e.stage() == EvaluationStage.HEAD_DECISION) {
                supersede("fact_person_evaluation", "evaluation_id", e.evaluationId().value(), position);
                personEvaluation(e.evaluationId().value(), position, e.personId().value(), e.unitId().value(),
                        e.period().atDay(1), e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
            }
        } else if (event instanceof UnitEvaluated e) {
            unitEvaluation(e.evaluationId().value(), position, e.unitId().value(),
                    Period.parse(e.period()), e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
        } else if (event instanceof UnitEvaluationCorrected e) {
            supersede("fact_unit_evaluation", "evaluation_id", e.evaluationId().value(), position);
            unitEvaluation(e.evaluationId().value(), position, e.unitId().value(), Period.parse(e.period()),
                    e.criteriaSetId().value(), e.criteriaSetVersion(), e.scores());
        } else if (event instanceof ViolationRecorded e) {
            violation(e, position, "RECORDED", e.ruleCode(), e.occurredOn());
        } else if (event instanceof ViolationAmended e) {
            violation(e, position, "AMENDED", e.ruleCode(), e.occurredOn());
        } else if (event instanceof ViolationConfirmed e) {
            violation(e, position, "CONFIRMED", null, null);
        } else if (event instanceof ViolationDismissed e) {
            violation(e, position, "DISMISSED", null, null);
        } else if (event instanceof ViolationRetracted e) {
            violation(e, position, "RETRACTED", null, null);
        } else if (event instanceof SanctionImposed e) {
            sql("""
                            INSERT INTO fact_sanction (violation_id, position, subject_kind, subject_id, unit_id, form,
                                                       decided_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(e.violationId().value(), position, e.subjectKind().name(), e.subjectId(),
                            e.unitId() == null ? null : e.unitId().value(), e.form().name(), e.decidedOn()).update();
        } else if (event instanceof SanctionAnnulled e) {
            sql("""
                            UPDATE fact_sanction SET annulled_position = ?
                            WHERE violation_id = ? AND annulled_position IS NULL AND position < ?""")
                    .params(position, e.violationId().value(), position).update();
        } else if (event instanceof SurveyRecorded e) {
            survey(e.surveyId().value(), position, e.unitId().value(), e.period(),
                    e.respondents(), e.satisfied());
        } else if (event instanceof SurveyCorrected e) {
            supersede("fact_survey", "survey_id", e.surveyId().value(), position);
            survey(e.surveyId().value(), position, e.unitId().value(), e.period(), e.respondents(), e.satisfied());
        } else if (event instanceof CommendationProposed e) {
            commendation(e.commendationId().value(), position, "PROPOSED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period());
        } else if (event instanceof CommendationApproved e) {
            commendation(e.commendationId().value(), position, "APPROVED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period());
        } else if (event instanceof CommendationRejected e) {
            commendation(e.commendationId().value(), position, "REJECTED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period());
        } else if (event instanceof CommendationRevoked e) {
            commendation(e.commendationId().value(), position, "REVOKED",
                    e.title().name(), e.recipientKind().name(), e.recipientId(), e.period());
        }
        // other facts do not enter scores, levels or ranks
        if (tables.isLive()) {
            changes.recorded(position);
        }
    }

    private void unitVersion(String unitId, long position, String name, String kind, String parentId, boolean closed) {
        sql("""
                        INSERT INTO fact_unit (unit_id, position, name, kind, parent_id, closed)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(unitId, position, name, kind, parentId, closed).update();
    }

    /** A new version of the unit: the latest one with one column changed. */
    private void unitChange(String unitId, long position, String column, Object value) {
        sql("""
                        INSERT INTO fact_unit (unit_id, position, name, kind, parent_id, closed)
                        SELECT unit_id, ?, name, kind, parent_id, closed FROM fact_unit
                        WHERE unit_id = ? AND position < ? ORDER BY position DESC LIMIT 1
                        ON CONFLICT DO NOTHING""")
                .params(position, unitId, position).update();
        sql("UPDATE fact_unit SET " + column + " = ? WHERE unit_id = ? AND position = ?")
                .params(value, unitId, position).update();
    }

    private void personChange(String personId, long position, LocalDate from, String column, Object value) {
        sql("""
                        INSERT INTO fact_person (person_id, position, full_name, unit_id, category, leader, from_date)
                        SELECT person_id, ?, full_name, unit_id, category, leader, ? FROM fact_person
                        WHERE person_id = ? AND position < ? ORDER BY position DESC LIMIT 1
                        ON CONFLICT DO NOTHING""")
                .params(position, from, personId, position).update();
        sql("UPDATE fact_person SET " + column + " = ? WHERE person_id = ? AND position = ?")
                .params(value, personId, position).update();
    }

    private void personPost(PersonPostChanged e, long position) {
        personChange(e.personId().value(), position, e.effectiveOn(), "category", e.category().name());
        sql("UPDATE fact_person SET leader = ? WHERE person_id = ? AND position = ?")
                .params(e.leader(), e.personId().value(), position).update();
    }

    private void supersede(String table, String idColumn, String id, long position) {
        sql("UPDATE " + table + " SET superseded_position = ? WHERE " + idColumn
                        + " = ? AND superseded_position IS NULL AND position < ?")
                .params(position, id, position).update();
    }

    private void personEvaluation(String id, long position, String personId, String unitId, LocalDate month,
                                  String setId, int setVersion, Map<String, ?> scores) throws JsonProcessingException {
        sql("""
                        INSERT INTO fact_person_evaluation (evaluation_id, position, person_id, unit_id, month,
                                                            criteria_set_id, criteria_set_version, scores)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""")
                .params(id, position, personId, unitId, month, setId, setVersion, objectMapper.writeValueAsString(scores))
                .update();
    }

    private void unitEvaluation(String id, long position, String unitId, Period period, String setId, int setVersion,
                                Map<String, ?> scores) throws JsonProcessingException {
        sql("""
                        INSERT INTO fact_unit_evaluation (evaluation_id, position, unit_id, period_from, period_to,
                                                          criteria_set_id, criteria_set_version, scores)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""")
                .params(id, position, unitId, period.from(), period.to(), setId, setVersion,
                        objectMapper.writeValueAsString(scores))
                .update();
    }

    private void violation(ViolationEvent e, long position, String type, String ruleCode, LocalDate occurredOn) {
        sql("""
                        INSERT INTO fact_violation_event (violation_id, position, event_type, subject_kind, subject_id,
                                                          unit_id, rule_code, occurred_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.violationId().value(), position, type, e.subjectKind().name(), e.subjectId(),
                        e.unitId() == null ? null : e.unitId().value(), ruleCode, occurredOn)
                .update();
    }

    private void survey(String id, long position, String unitId, String period, int respondents, int satisfied) {
        Period p = Period.parse(period);
        sql("""
                        INSERT INTO fact_survey (survey_id, position, unit_id, period_from, period_to, respondents,
                                                 satisfied)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, position, unitId, p.from(), p.to(), respondents, satisfied).update();
    }

    private void commendation(String id, long position, String type, String title, String recipientKind,
                              String recipientId, String period) {
        Period p = Period.parse(period);
        sql("""
                        INSERT INTO fact_commendation_event (commendation_id, position, event_type, title,
                                                             recipient_kind, recipient_id, period_from, period_to)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, position, type, title, recipientKind, recipientId, p.from(), p.to()).update();
    }

    @ResetHandler
    void reset() {
        sql("""
                TRUNCATE fact_timeline, fact_unit, fact_person, fact_cluster, fact_cluster_member, fact_criteria_set,
                         fact_person_evaluation, fact_unit_evaluation, fact_violation_event, fact_sanction, fact_survey,
                         fact_commendation_event, fact_campaign""").update();
    }
}
