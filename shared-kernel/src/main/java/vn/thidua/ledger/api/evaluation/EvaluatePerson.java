package vn.thidua.ledger.api.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.person.PersonId;

/**
 * Records one stage of a person's monthly evaluation: {@code scores} per criterion code under the criteria
 * set named by {@code criteriaSet} (null: the person criteria set in force for the month). {@code stage}
 * null means the head's decision, the official result. The evaluation addressed is the person's for that
 * period, so a second submission of a stage lands on the same evaluation and corrects the first.
 * {@code keepsNote}: the note was not given at all (an imported file without a note column), so a correction keeps
 * the note the stage holds rather than clearing it.
 */
public record EvaluatePerson(PersonId personId, Period period, EvaluationStage stage, Map<String, BigDecimal> scores,
                             CriteriaSetRef criteriaSet, String note, boolean keepsNote) {

    public EvaluatePerson(PersonId personId, Period period, EvaluationStage stage, Map<String, BigDecimal> scores,
                          CriteriaSetRef criteriaSet, String note) {
        this(personId, period, stage, scores, criteriaSet, note, false);
    }

    public EvaluatePerson {
        Objects.requireNonNull(personId, "an evaluation needs the person");
        Objects.requireNonNull(period, "an evaluation needs the period");
        stage = stage == null ? EvaluationStage.HEAD_DECISION : stage;
        // null points stay, for the aggregate to refuse with the criterion named
        scores = scores == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    @TargetAggregateIdentifier
    public PersonEvaluationId evaluationId() {
        return PersonEvaluationId.of(personId, period);
    }
}
