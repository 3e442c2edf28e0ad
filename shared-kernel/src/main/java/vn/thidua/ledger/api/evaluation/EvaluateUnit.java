package vn.thidua.ledger.api.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Records a unit's evaluation for a period (a month, quarter, half, year or range): {@code scores} per
 * criterion code under the criteria set named by {@code criteriaSet} (null: the unit criteria set in force
 * at the period's start). A second evaluation of the same unit and period corrects the first.
 */
public record EvaluateUnit(UnitId unitId, Period period, Map<String, BigDecimal> scores, CriteriaSetRef criteriaSet,
                           String note) {

    public EvaluateUnit {
        Objects.requireNonNull(unitId, "an evaluation needs the unit");
        Objects.requireNonNull(period, "an evaluation needs the period");
        // null points stay, for the aggregate to refuse with the criterion named
        scores = scores == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    @TargetAggregateIdentifier
    public UnitEvaluationId evaluationId() {
        return UnitEvaluationId.of(unitId, period);
    }
}
