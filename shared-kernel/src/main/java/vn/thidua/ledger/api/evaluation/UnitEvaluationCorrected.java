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
 * A unit's evaluation for a period was submitted again: the new scores replace, from now on, those of the
 * entry it {@code corrects} (the identifier of that event; {@code correctsSequence} is its place in this
 * evaluation's stream, counted from 0), whose criteria set and scores are repeated here as {@code previous…}.
 */
@Revision("1")
public record UnitEvaluationCorrected(UnitEvaluationId evaluationId, UnitId unitId, String period,
                                      CriteriaSetId criteriaSetId, int criteriaSetVersion,
                                      Map<String, BigDecimal> scores, String note, String corrects,
                                      long correctsSequence, CriteriaSetId previousCriteriaSetId,
                                      int previousCriteriaSetVersion, Map<String, BigDecimal> previousScores)
        implements LedgerEvent {

    public UnitEvaluationCorrected {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        previousScores = previousScores == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(previousScores));
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
