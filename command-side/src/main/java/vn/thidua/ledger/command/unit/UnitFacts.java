package vn.thidua.ledger.command.unit;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationRejected;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.covenant.CovenantSigned;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.inspection.InspectionOpened;
import vn.thidua.ledger.api.registration.EmulationRegistered;
import vn.thidua.ledger.api.report.ReportRequired;
import vn.thidua.ledger.api.report.ReportRequirementCancelled;
import vn.thidua.ledger.api.report.ReportSubmitted;
import vn.thidua.ledger.api.review.ReviewHeld;
import vn.thidua.ledger.api.survey.SurveyRecorded;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationRetracted;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.dispatch.DecidedApartException;

/**
 * The day of each fact recorded on a unit that a closed unit no longer takes after its last day (an evaluation,
 * survey, inspection, title or report for a period beginning then, a violation of the unit on it, a cluster
 * membership or campaign from it, a registration, covenant, review or report submission on it), kept in the events' own transaction: a closing dated before one of them is refused, so that nothing recorded
 * falls after the unit's end ({@link vn.thidua.ledger.command.directory.OrganisationDirectory#latestFact}).
 */
@Component
@ProcessingGroup("command-directory")
class UnitFacts {

    private final JdbcClient jdbc;

    UnitFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitEvaluated event) {
        put(event.unitId(), "evaluation:" + event.evaluationId().value(), Period.parse(event.period()).from());
    }

    @EventHandler
    void on(SurveyRecorded event) {
        put(event.unitId(), "survey:" + event.surveyId().value(), Period.parse(event.period()).from());
    }

    @EventHandler
    void on(InspectionOpened event) {
        put(event.targetUnitId(), "inspection:" + event.inspectionId().value(), Period.parse(event.period()).from());
    }

    /** A report owed for a period: the unit is to exist in it. */
    @EventHandler
    void on(ReportRequired event) {
        put(event.unitId(), "report:" + event.reportId().value(),
                Period.parse(event.kind().period(event.year())).from());
    }

    /** A requirement withdrawn holds the unit to nothing. */
    @EventHandler
    void on(ReportRequirementCancelled event) {
        remove(event.unitId(), "report:" + event.reportId().value());
    }

    @EventHandler
    void on(ReportSubmitted event) {
        put(event.unitId(), "submission:" + event.reportId().value(), event.submittedOn());
    }

    @EventHandler
    void on(EmulationRegistered event) {
        put(event.unitId(), "registration:" + event.registrationId().value(),
                event.registeredOn() != null ? event.registeredOn() : LocalDate.of(event.year(), 1, 1));
    }

    @EventHandler
    void on(CovenantSigned event) {
        for (UnitId unit : event.unitIds()) {
            put(unit, "covenant:" + event.covenantId().value(), event.signedOn());
        }
    }

    /**
     * A campaign over a unit: the unit is to exist when it is launched — when it begins, or the day it is recorded if
     * it begins later (a unit may still be merged before a campaign planned for it starts).
     */
    @EventHandler
    void on(CampaignLaunched event) {
        LocalDate recorded = Today.date();
        put(event.scopeUnitId(), "campaign:" + event.campaignId().value(),
                event.from().isAfter(recorded) ? recorded : event.from());
    }

    /** A review is held by its campaign's scope unit. */
    @EventHandler
    void on(ReviewHeld event) {
        jdbc.sql("SELECT scope_unit_id FROM directory_campaign WHERE campaign_id = ?")
                .param(event.campaignId().value()).query(String.class).optional()
                .ifPresent(scope -> put(new UnitId(scope), "review:" + event.reviewId().value(), event.heldOn()));
    }

    @EventHandler
    void on(ClusterMemberAdded event) {
        put(event.unitId(), "cluster:" + event.clusterId().value() + ":" + event.from(), event.from());
    }

    @EventHandler
    void on(CommendationProposed event) {
        if (event.recipientKind() == RecipientKind.UNIT) {
            put(new UnitId(event.recipientId()), "commendation:" + event.commendationId().value(),
                    Period.parse(event.period()).from());
        }
    }

    @EventHandler
    void on(CommendationRejected event) {
        if (event.recipientKind() == RecipientKind.UNIT) {
            remove(new UnitId(event.recipientId()), "commendation:" + event.commendationId().value());
        }
    }

    @EventHandler
    void on(ViolationRecorded event) {
        if (event.subjectKind() == SubjectKind.UNIT) {
            put(event.unitId(), "violation:" + event.violationId().value(), event.occurredOn());
        }
    }

    @EventHandler
    void on(ViolationAmended event) {
        if (event.subjectKind() == SubjectKind.UNIT) {
            put(event.unitId(), "violation:" + event.violationId().value(), event.occurredOn());
        }
    }

    /** A record withdrawn as a mistake holds the unit to nothing. */
    @EventHandler
    void on(ViolationRetracted event) {
        if (event.subjectKind() == SubjectKind.UNIT) {
            remove(event.unitId(), "violation:" + event.violationId().value());
        }
    }

    private void put(UnitId unitId, String key, LocalDate day) {
        // a fact dated after the closing of its unit, both decided in one group of commands (each right alone): the
        // group fails, and stored one command at a time the second is refused (see GroupCommit)
        jdbc.sql("SELECT closed_on FROM directory_unit WHERE unit_id = ? AND closed").param(unitId.value())
                .query(LocalDate.class).optional().filter(closedOn -> closedOn != null && closedOn.isBefore(day))
                .ifPresent(closedOn -> {
                    throw new DecidedApartException(key + " of " + unitId.value() + " dated " + day
                            + " after its closing on " + closedOn);
                });
        jdbc.sql("""
                        INSERT INTO directory_unit_fact (unit_id, fact_key, day) VALUES (?, ?, ?)
                        ON CONFLICT (unit_id, fact_key) DO UPDATE SET day = excluded.day""")
                .params(unitId.value(), key, day).update();
    }

    private void remove(UnitId unitId, String key) {
        jdbc.sql("DELETE FROM directory_unit_fact WHERE unit_id = ? AND fact_key = ?").params(unitId.value(), key)
                .update();
    }
}
