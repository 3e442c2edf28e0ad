package vn.thidua.ledger.command.directory;

import org.axonframework.config.ProcessingGroup;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterMembershipEnded;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.covenant.CovenantSigned;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.PersonEvaluationReviewed;
import vn.thidua.ledger.api.evaluation.PersonSelfAssessed;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.pledge.PledgeRenewed;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.pledge.PledgeWithdrawn;
import vn.thidua.ledger.api.registration.EmulationRegistered;
import vn.thidua.ledger.api.report.ReportRequired;
import vn.thidua.ledger.api.report.ReportRequirementCancelled;
import vn.thidua.ledger.api.unit.UnitClosed;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitMoved;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.unit.UnitRenamed;
import vn.thidua.ledger.api.violation.DisciplinePolicy;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationDismissed;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.command.dispatch.DecidedApartException;

/** Keeps the directory tables in the very transaction that stores the events (a subscribing processor). */
@Component
@ProcessingGroup(DirectoryProjector.PROCESSING_GROUP)
class DirectoryProjector {

    static final String PROCESSING_GROUP = "command-directory";

    private final JdbcClient jdbc;

    DirectoryProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitRegistered event) {
        if (event.parentId() != null) {
            requireOpen(event.parentId().value(), "unit " + event.unitId().value() + " registered");
        }
        jdbc.sql("INSERT INTO directory_unit (unit_id, parent_id, name, kind) VALUES (?, ?, ?, ?)")
                .params(event.unitId().value(), event.parentId() == null ? null : event.parentId().value(),
                        event.name(), event.kind().name())
                .update();
        parentFrom(event.unitId().value(), null, event.parentId() == null ? null : event.parentId().value());
    }

    /** The unit's parent from {@code from} (null: since it was registered). */
    private void parentFrom(String unitId, LocalDate from, String parentId) {
        jdbc.sql("""
                        INSERT INTO directory_unit_parent_from (unit_id, from_date, parent_id)
                        VALUES (?, coalesce(?, '-infinity'::date), ?)
                        ON CONFLICT (unit_id, from_date) DO UPDATE SET parent_id = excluded.parent_id""")
                .params(unitId, from, parentId).update();
    }

    @EventHandler
    void on(UnitRenamed event) {
        jdbc.sql("UPDATE directory_unit SET name = ? WHERE unit_id = ?").params(event.name(), event.unitId().value())
                .update();
    }

    @EventHandler
    void on(UnitMoved event) {
        requireOpen(event.parentId().value(), "unit " + event.unitId().value() + " moved");
        jdbc.sql("UPDATE directory_unit SET parent_id = ?, moved_on = ? WHERE unit_id = ?")
                .params(event.parentId().value(), event.effectiveOn(), event.unitId().value()).update();
        parentFrom(event.unitId().value(), event.effectiveOn(), event.parentId().value());
        // two units each moved under the other at once would make a circle no walk up the tree ends in
        decidedApart(jdbc.sql("""
                        WITH RECURSIVE up(unit_id, depth) AS (
                            SELECT parent_id, 1 FROM directory_unit WHERE unit_id = ?
                            UNION ALL
                            SELECT u.parent_id, up.depth + 1 FROM directory_unit u JOIN up ON u.unit_id = up.unit_id
                            WHERE up.depth < 100
                        )
                        SELECT count(*) FROM up WHERE unit_id = ?""")
                .params(event.unitId().value(), event.unitId().value()).query(Long.class).single() == 0,
                "unit " + event.unitId().value() + " moved below itself");
    }

    @EventHandler
    void on(UnitClosed event) {
        jdbc.sql("UPDATE directory_unit SET closed = TRUE, closed_on = ? WHERE unit_id = ?")
                .params(event.closedOn(), event.unitId().value()).update();
        // decided together with a command that put someone in it again (a registration, a transfer, an annulled
        // dismissal) in one group of commands: see decidedApart
        decidedApart(jdbc.sql("""
                        SELECT count(*) FROM directory_person p WHERE unit_id = ?
                          AND NOT EXISTS (SELECT 1 FROM directory_person_sanction s
                                          WHERE s.person_id = p.person_id AND s.form = 'BUOC_THOI_VIEC')""")
                .param(event.unitId().value()).query(Long.class).single() == 0,
                "unit " + event.unitId().value() + " closed while people work in it");
        decidedApart(jdbc.sql("SELECT count(*) FROM directory_unit WHERE parent_id = ? AND NOT closed")
                        .param(event.unitId().value()).query(Long.class).single() == 0,
                "unit " + event.unitId().value() + " closed above an open unit");
        decidedApart(jdbc.sql("SELECT count(*) FROM directory_unit_fact WHERE unit_id = ? AND day > ?")
                        .params(event.unitId().value(), event.closedOn()).query(Long.class).single() == 0,
                "unit " + event.unitId().value() + " closed before a fact of it");
    }

    /**
     * Fails the transaction when a rule between aggregates no longer holds once the events are in: the commands of a
     * group commit are each decided before the directory takes any of the group's events, so two of them may each
     * have been right alone and wrong together. The group is then stored again one command at a time, each deciding
     * on what the others stored (see GroupCommit), and the second is refused as it would have been.
     */
    private static void decidedApart(boolean holds, String what) {
        if (!holds) {
            throw new DecidedApartException(what);
        }
    }

    /**
     * A fact of the person dated after a dismissal (buộc thôi việc) decided together with it: each was decided before
     * the other was stored (see InServiceGuard). A dismissal stored after such a fact is a late decision, and stands.
     */
    private void requireServing(String personId, LocalDate day, String what) {
        InServiceGuard.serving(jdbc, personId, day, what);
    }

    /** A month's evaluation names the unit the person worked in at the month's end. */
    private void evaluated(PersonId person, YearMonth month, UnitId unit, String what) {
        requireServing(person.value(), month.atDay(1), what);
        InServiceGuard.inUnit(jdbc, person.value(), month.atEndOfMonth(), unit == null ? null : unit.value(), what);
    }

    @EventHandler
    void on(PersonEvaluated event) {
        evaluated(event.personId(), event.period(), event.unitId(), "evaluation");
    }

    @EventHandler
    void on(PersonSelfAssessed event) {
        evaluated(event.personId(), event.period(), event.unitId(), "self-assessment");
    }

    @EventHandler
    void on(PersonEvaluationReviewed event) {
        evaluated(event.personId(), event.period(), event.unitId(), "evaluation review");
    }

    @EventHandler
    void on(PersonEvaluationCorrected event) {
        evaluated(event.personId(), event.period(), event.unitId(), "evaluation correction");
    }

    @EventHandler
    void on(LeaveRecorded event) {
        requireServing(event.personId().value(), event.to(), "leave");
        InServiceGuard.inUnit(jdbc, event.personId().value(), event.from(), event.unitId().value(), "leave");
    }

    @EventHandler
    void on(PledgeRenewed event) {
        requireServing(event.personId().value(), event.renewedOn(), "pledge renewal");
    }

    @EventHandler
    void on(CommendationProposed event) {
        if (event.recipientKind() == RecipientKind.PERSON) {
            requireServing(event.recipientId(), Period.parse(event.period()).from(), "proposed title");
        }
    }

    @EventHandler
    void on(CommendationApproved event) {
        if (event.recipientKind() == RecipientKind.PERSON) {
            requireServing(event.recipientId(), Period.parse(event.period()).from(), "title");
        }
    }

    private void requireOpen(String unitId, String what) {
        decidedApart(!Boolean.TRUE.equals(jdbc.sql("SELECT closed FROM directory_unit WHERE unit_id = ?")
                .param(unitId).query(Boolean.class).optional().orElse(false)), what + " in closed unit " + unitId);
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence) {
        requireOpen(event.unitId().value(), "person " + event.personId().value() + " registered");
        jdbc.sql("""
                        INSERT INTO directory_person (person_id, unit_id, category, leader, joined_on)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(event.personId().value(), event.unitId().value(), event.category().name(), event.leader(),
                        event.joinedOn())
                .update();
        assign(event.personId().value(), event.unitId().value(), null, sequence);
        post(event.personId().value(), null, event.category().name(), event.leader(), sequence);
    }

    @EventHandler
    void on(PersonTransferred event, @SequenceNumber long sequence) {
        requireOpen(event.toUnitId().value(), "person " + event.personId().value() + " transferred");
        requireServing(event.personId().value(), event.effectiveOn(), "transfer");
        InServiceGuard.transferred(jdbc, event.personId().value(), event.effectiveOn(), event.toUnitId().value());
        jdbc.sql("UPDATE directory_person SET unit_id = ? WHERE person_id = ?")
                .params(event.toUnitId().value(), event.personId().value()).update();
        assign(event.personId().value(), event.toUnitId().value(), event.effectiveOn(), sequence);
    }

    @EventHandler
    void on(PersonPostChanged event, @SequenceNumber long sequence) {
        requireServing(event.personId().value(), event.effectiveOn(), "change of post");
        jdbc.sql("UPDATE directory_person SET category = ?, leader = ? WHERE person_id = ?")
                .params(event.category().name(), event.leader(), event.personId().value()).update();
        post(event.personId().value(), event.effectiveOn(), event.category().name(), event.leader(), sequence);
        // a sanction decided from then on in the same group of commands was judged by the post before this change
        jdbc.sql("SELECT form FROM directory_person_sanction WHERE person_id = ? AND decided_on >= ?")
                .params(event.personId().value(), event.effectiveOn()).query(String.class).list()
                .forEach(form -> decidedApart(DisciplinePolicy.allows(SanctionForm.valueOf(form), SubjectKind.PERSON,
                        event.category(), event.leader()), "post of " + event.personId().value()
                        + " changed before a sanction its new post does not allow"));
    }

    @EventHandler
    void on(SanctionImposed event) {
        if (event.subjectKind() == SubjectKind.PERSON) {
            requireServing(event.subjectId(), event.decidedOn(), "sanction");
            InServiceGuard.inUnit(jdbc, event.subjectId(), event.decidedOn(),
                    event.unitId() == null ? null : event.unitId().value(), "sanction");
            // judged by the post the person held on the decision's day, unless a change of it came in the same group
            jdbc.sql("""
                            SELECT category, leader FROM directory_person_post
                            WHERE person_id = ? AND (from_date IS NULL OR from_date <= ?)
                            ORDER BY from_date DESC NULLS LAST, position DESC LIMIT 1""")
                    .params(event.subjectId(), event.decidedOn())
                    .query((rs, n) -> DisciplinePolicy.allows(event.form(), SubjectKind.PERSON,
                            PersonCategory.valueOf(rs.getString(1)), rs.getBoolean(2)))
                    .optional()
                    .ifPresent(allowed -> decidedApart(allowed, "sanction of " + event.subjectId()
                            + " its post on the day does not allow"));
            jdbc.sql("""
                            INSERT INTO directory_person_sanction (violation_id, person_id, form, decided_on)
                            VALUES (?, ?, ?, ?)
                            ON CONFLICT (violation_id) DO UPDATE SET form = EXCLUDED.form,
                                                                     decided_on = EXCLUDED.decided_on""")
                    .params(event.violationId().value(), event.subjectId(), event.form().name(), event.decidedOn())
                    .update();
            InServiceGuard.sanctioned(jdbc, event.violationId().value(), event.subjectId(),
                    event.form() == SanctionForm.BUOC_THOI_VIEC, event.decidedOn());
        }
    }

    @EventHandler
    void on(SanctionAnnulled event) {
        jdbc.sql("DELETE FROM directory_person_sanction WHERE violation_id = ?").param(event.violationId().value())
                .update();
        InServiceGuard.annulled(jdbc, event.violationId().value());
        if (event.form() == SanctionForm.BUOC_THOI_VIEC && event.subjectKind() == SubjectKind.PERSON) {
            jdbc.sql("SELECT unit_id FROM directory_person WHERE person_id = ?").param(event.subjectId())
                    .query(String.class).optional()
                    .ifPresent(unit -> requireOpen(unit, "dismissal of " + event.subjectId() + " annulled"));
        }
    }

    private void post(String personId, LocalDate from, String category, boolean leader, long sequence) {
        jdbc.sql("""
                        INSERT INTO directory_person_post (person_id, position, from_date, category, leader)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(personId, sequence, from, category, leader).update();
    }

    private void assign(String personId, String unitId, LocalDate from, long sequence) {
        jdbc.sql("INSERT INTO directory_person_assignment (person_id, unit_id, from_date, position) VALUES (?, ?, ?, ?)")
                .params(personId, unitId, from, sequence).update();
    }

    @EventHandler
    void on(EmulationRegistered event) {
        requireOpen(event.unitId().value(), "emulation registration " + event.registrationId().value());
        jdbc.sql("INSERT INTO directory_registration (registration_id, campaign_id, unit_id, year) VALUES (?, ?, ?, ?)")
                .params(event.registrationId().value(), event.campaignId().value(), event.unitId().value(), event.year())
                .update();
    }

    @EventHandler
    void on(ReportRequired event) {
        jdbc.sql("INSERT INTO directory_report (report_id, unit_id, kind, year, campaign_id) VALUES (?, ?, ?, ?, ?)")
                .params(event.reportId().value(), event.unitId().value(), event.kind().name(), event.year(),
                        event.campaignId() == null ? null : event.campaignId().value())
                .update();
    }

    /** A cancelled requirement is owed no more: the same report may be required again. */
    @EventHandler
    void on(ReportRequirementCancelled event) {
        jdbc.sql("DELETE FROM directory_report WHERE report_id = ?").param(event.reportId().value()).update();
    }

    @EventHandler
    void on(PledgeWithdrawn event) {
        jdbc.sql("UPDATE directory_pledge SET active = FALSE, withdrawn_on = ? WHERE pledge_id = ?")
                .params(event.withdrawnOn(), event.pledgeId().value())
                .update();
    }

    @EventHandler
    void on(CovenantSigned event) {
        // the directory keeps no covenant: it only sees that its units were not closed at the same time
        event.unitIds().forEach(unit -> requireOpen(unit.value(), "covenant " + event.covenantId().value() + " signed"));
    }

    @EventHandler
    void on(CampaignLaunched event) {
        requireOpen(event.scopeUnitId().value(), "campaign " + event.campaignId().value() + " launched");
        jdbc.sql("""
                        INSERT INTO directory_campaign (campaign_id, scope_unit_id, starts_on, ends_on, mid_term_review)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(event.campaignId().value(), event.scopeUnitId().value(), event.from(), event.to(),
                        event.midTermReview())
                .update();
    }

    @EventHandler
    void on(PledgeSigned event) {
        requireServing(event.personId().value(), event.signedOn(), "pledge");
        InServiceGuard.inUnit(jdbc, event.personId().value(), event.signedOn(), event.unitId().value(), "pledge");
        jdbc.sql("INSERT INTO directory_pledge (pledge_id, campaign_id, person_id, active) VALUES (?, ?, ?, TRUE)")
                .params(event.pledgeId().value(), event.campaignId().value(), event.personId().value())
                .update();
    }

    @EventHandler
    void on(ViolationRecorded event) {
        jdbc.sql("""
                        INSERT INTO directory_violation (violation_id, subject_kind, subject_id, occurred_on, confirmed)
                        VALUES (?, ?, ?, ?, FALSE)""")
                .params(event.violationId().value(), event.subjectKind().name(), event.subjectId(), event.occurredOn())
                .update();
        if (event.subjectKind() == SubjectKind.PERSON) {
            requireServing(event.subjectId(), event.occurredOn(), "violation");
            InServiceGuard.inUnit(jdbc, event.subjectId(), event.occurredOn(),
                    event.unitId() == null ? null : event.unitId().value(), "violation");
        }
    }

    @EventHandler
    void on(ViolationConfirmed event) {
        jdbc.sql("UPDATE directory_violation SET confirmed = TRUE WHERE violation_id = ?")
                .param(event.violationId().value()).update();
    }

    @EventHandler
    void on(ViolationAmended event) {
        jdbc.sql("UPDATE directory_violation SET occurred_on = ? WHERE violation_id = ?")
                .params(event.occurredOn(), event.violationId().value()).update();
        // as the command checks it: a new day only (a description changed after a late dismissal stands)
        if (event.subjectKind() == SubjectKind.PERSON && !event.occurredOn().equals(event.previousOccurredOn())) {
            requireServing(event.subjectId(), event.occurredOn(), "violation");
            // the new day names the unit the person worked in on it: a transfer stored before must have been read
            InServiceGuard.inUnit(jdbc, event.subjectId(), event.occurredOn(),
                    event.unitId() == null ? null : event.unitId().value(), "violation");
        }
    }

    @EventHandler
    void on(ViolationDismissed event) {
        jdbc.sql("UPDATE directory_violation SET confirmed = FALSE WHERE violation_id = ?")
                .param(event.violationId().value()).update();
    }

    @EventHandler
    void on(ViolationRetracted event) {
        jdbc.sql("UPDATE directory_violation SET confirmed = FALSE WHERE violation_id = ?")
                .param(event.violationId().value()).update();
    }

    @EventHandler
    void on(ClusterMemberAdded event) {
        jdbc.sql("""
                        INSERT INTO directory_cluster_member (cluster_id, unit_id, member_from, member_to)
                        VALUES (?, ?, ?, ?)""")
                .params(event.clusterId().value(), event.unitId().value(), event.from(), event.to()).update();
    }

    @EventHandler
    void on(ClusterMembershipEnded event) {
        jdbc.sql("""
                        UPDATE directory_cluster_member SET member_to = ?
                        WHERE cluster_id = ? AND unit_id = ? AND member_from = ?""")
                .params(event.to(), event.clusterId().value(), event.unitId().value(), event.from()).update();
    }
}
