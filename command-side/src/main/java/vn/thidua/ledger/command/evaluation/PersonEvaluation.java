package vn.thidua.ledger.command.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
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
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.PersonEvaluationId;
import vn.thidua.ledger.api.evaluation.PersonEvaluationReviewed;
import vn.thidua.ledger.api.evaluation.PersonSelfAssessed;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.criteria.CriteriaSetLookup;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;

/**
 * A person's evaluation for one month (đánh giá, xếp loại hằng tháng): self-assessment, leader review and
 * the head's decision, in any order (offices often enter the decision alone), except that nobody assesses
 * themself once the head has decided. Submitting a stage again is recorded as a correction of the
 * submission it replaces, never as a silent overwrite.
 */
@Aggregate
class PersonEvaluation {

    @AggregateIdentifier
    private PersonEvaluationId evaluationId;
    /** The sequence number of the last event applied, counted here as no handler is told it reliably. */
    private long sequence = -1;
    private final Map<EvaluationStage, Submission> submissions = new EnumMap<>(EvaluationStage.class);

    PersonEvaluation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EvaluatePerson command, OrganisationDirectory directory, CriteriaSetLookup criteriaSets) {
        Object event = decide(command, directory, criteriaSets, submissions);
        if (event != null) {
            apply(event);
        }
    }

    /**
     * The event that records {@code command} on an evaluation holding {@code submissions} (empty: an evaluation
     * with no event yet, as a bulk import decides it without loading anything); null when the stage is submitted
     * again exactly as it stands.
     */
    static Object decide(EvaluatePerson command, OrganisationDirectory directory, CriteriaSetLookup criteriaSets,
                         Map<EvaluationStage, Submission> submissions) {
        if (!command.period().isMonth()) {
            throw RefusedException.invalid("EVALUATION_PERIOD_MONTH", "period",
                    "Đánh giá cá nhân theo từng tháng (ví dụ 2024-05), không theo kỳ " + command.period());
        }
        Today.begun(command.period(), "EVALUATION_PERIOD_BEGUN", "period", "Tháng đánh giá");
        Map<String, BigDecimal> entered = Scoring.required(command.scores());
        PersonEntry person = directory.person(command.personId())
                .orElseThrow(() -> RefusedException.notFound("personId", command.personId()));
        CriteriaSet set = Scoring.resolve(criteriaSets, command.criteriaSet(), CriteriaSubject.PERSON,
                command.period());
        Map<String, BigDecimal> scores = Scoring.checked(set, entered);
        EvaluationStage stage = command.stage();
        PersonEvaluationId id = command.evaluationId();
        YearMonth month = YearMonth.from(command.period().from());
        // a month the person served no day of (ended before they joined, begun after a dismissal) is not theirs
        directory.requireInServiceDuring(command.personId(), month.atDay(1), month.atEndOfMonth(), "period");
        // where the person worked in that month, not today: a back-dated evaluation belongs to the old unit
        UnitId unit = directory.unitOn(command.personId(), month.atEndOfMonth()).orElse(person.unitId());
        Submission previous = submissions.get(stage);
        String note = command.keepsNote() && previous != null ? previous.note() : command.note();
        if (previous != null && previous.sameAs(set.id(), set.version(), scores, note)) {
            return null; // sent again unchanged: nothing to record
        }
        if (stage != EvaluationStage.HEAD_DECISION && submissions.containsKey(EvaluationStage.HEAD_DECISION)) {
            // the steps run self-score → leader review → head decides: once decided, only the head corrects it
            throw RefusedException.conflict("EVALUATION_ALREADY_DECIDED", "stage", "Thủ trưởng đã quyết định kết quả "
                    + "đánh giá tháng " + command.period() + "; không thể "
                    + (stage == EvaluationStage.SELF_ASSESSMENT ? "tự đánh giá" : "nhận xét, đánh giá của lãnh đạo")
                    + " sau quyết định");
        }
        if (previous != null) {
            return new PersonEvaluationCorrected(id, command.personId(), unit, month, stage, set.id(),
                    set.version(), scores, note, previous.eventId(), previous.sequence(),
                    previous.criteriaSetId(), previous.criteriaSetVersion(), previous.scores());
        }
        return switch (stage) {
            case SELF_ASSESSMENT -> new PersonSelfAssessed(id, command.personId(), unit, month,
                    set.id(), set.version(), scores, note);
            case LEADER_REVIEW -> new PersonEvaluationReviewed(id, command.personId(), unit, month,
                    set.id(), set.version(), scores, note);
            case HEAD_DECISION -> new PersonEvaluated(id, command.personId(), unit, month,
                    set.id(), set.version(), scores, note);
        };
    }

    @EventSourcingHandler
    void on(PersonSelfAssessed event, EventMessage<?> message) {
        submitted(event.evaluationId(), EvaluationStage.SELF_ASSESSMENT, message, event.criteriaSetId(),
                event.criteriaSetVersion(), event.scores(), event.note());
    }

    @EventSourcingHandler
    void on(PersonEvaluationReviewed event, EventMessage<?> message) {
        submitted(event.evaluationId(), EvaluationStage.LEADER_REVIEW, message, event.criteriaSetId(),
                event.criteriaSetVersion(), event.scores(), event.note());
    }

    @EventSourcingHandler
    void on(PersonEvaluated event, EventMessage<?> message) {
        submitted(event.evaluationId(), EvaluationStage.HEAD_DECISION, message, event.criteriaSetId(),
                event.criteriaSetVersion(), event.scores(), event.note());
    }

    @EventSourcingHandler
    void on(PersonEvaluationCorrected event, EventMessage<?> message) {
        submitted(event.evaluationId(), event.stage(), message, event.criteriaSetId(), event.criteriaSetVersion(),
                event.scores(), event.note());
    }

    private void submitted(PersonEvaluationId id, EvaluationStage stage, EventMessage<?> message,
                           CriteriaSetId criteriaSetId, int criteriaSetVersion, Map<String, BigDecimal> scores,
                           String note) {
        evaluationId = id;
        sequence++;
        submissions.put(stage, new Submission(message.getIdentifier(), sequence, criteriaSetId, criteriaSetVersion,
                scores, note));
    }
}
