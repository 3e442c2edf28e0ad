package vn.thidua.ledger.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.evaluation.EvaluateUnit;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.evaluation.UnitEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.UnitEvaluationId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.criteria.CriteriaSetLookup;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/**
 * A unit's evaluation for one period. Evaluating the same unit and period again is recorded as a correction
 * of the evaluation in effect, never as a silent overwrite.
 */
@Aggregate
class UnitEvaluation {

    @AggregateIdentifier
    private UnitEvaluationId evaluationId;
    /** The sequence number of the last event applied, counted here as no handler is told it reliably. */
    private long sequence = -1;
    private Submission current;

    UnitEvaluation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EvaluateUnit command, OrganisationDirectory directory, CriteriaSetLookup criteriaSets) {
        Today.begun(command.period(), "EVALUATION_PERIOD_BEGUN", "period", "Kỳ đánh giá");
        Map<String, BigDecimal> entered = Scoring.required(command.scores());
        directory.unit(command.unitId()).orElseThrow(() -> RefusedException.notFound("unitId", command.unitId()))
                .requireOpenOn(command.period().from(), "unitId");
        CriteriaSet set = Scoring.resolve(criteriaSets, command.criteriaSet(), CriteriaSubject.UNIT, command.period());
        Map<String, BigDecimal> scores = Scoring.checked(set, entered);
        UnitEvaluationId id = command.evaluationId();
        String period = command.period().label(); // as the client writes it: 2024-Q2, not its range of days
        if (current != null && current.sameAs(set.id(), set.version(), scores, command.note())) {
            return; // sent again unchanged: nothing to record
        }
        if (current != null) {
            apply(new UnitEvaluationCorrected(id, command.unitId(), period, set.id(), set.version(), scores,
                    command.note(), current.eventId(), current.sequence(), current.criteriaSetId(),
                    current.criteriaSetVersion(), current.scores()));
            return;
        }
        apply(new UnitEvaluated(id, command.unitId(), period, set.id(), set.version(), scores, command.note()));
    }

    @EventSourcingHandler
    void on(UnitEvaluated event, EventMessage<?> message) {
        submitted(event.evaluationId(), message, event.criteriaSetId(), event.criteriaSetVersion(), event.scores(),
                event.note());
    }

    @EventSourcingHandler
    void on(UnitEvaluationCorrected event, EventMessage<?> message) {
        submitted(event.evaluationId(), message, event.criteriaSetId(), event.criteriaSetVersion(), event.scores(),
                event.note());
    }

    private void submitted(UnitEvaluationId id, EventMessage<?> message, CriteriaSetId criteriaSetId,
                           int criteriaSetVersion, Map<String, BigDecimal> scores, String note) {
        evaluationId = id;
        sequence++;
        current = new Submission(message.getIdentifier(), sequence, criteriaSetId, criteriaSetVersion, scores, note);
    }
}
