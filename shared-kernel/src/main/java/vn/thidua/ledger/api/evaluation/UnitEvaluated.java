package vn.thidua.ledger.api.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A unit was evaluated for a period (written as the API prints periods); the scores are as entered (a
 * criterion left out counts 0, derived criteria are never entered), under the criteria set version resolved
 * when recording.
 */
@Revision("1")
public record UnitEvaluated(UnitEvaluationId evaluationId, UnitId unitId, String period, CriteriaSetId criteriaSetId,
                            int criteriaSetVersion, Map<String, BigDecimal> scores, String note)
        implements LedgerEvent {

    public UnitEvaluated {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    @Override
    public List<EntityId> subjects() {
        return List.of(evaluationId, unitId);
    }

    @Override
    public String businessTime() {
        return period;
    }
}
