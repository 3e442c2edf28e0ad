package vn.thidua.ledger.api.evaluation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A person scored themself for a month (tự đánh giá). The scores are as entered (a criterion left out counts
 * 0), under the criteria set version resolved when recording; {@code unitId} is where the person worked then.
 */
@Revision("1")
public record PersonSelfAssessed(PersonEvaluationId evaluationId, PersonId personId, UnitId unitId,
                                 YearMonth period, CriteriaSetId criteriaSetId, int criteriaSetVersion,
                                 Map<String, BigDecimal> scores, String note) implements LedgerEvent {

    public PersonSelfAssessed {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    @Override
    public List<EntityId> subjects() {
        return List.of(evaluationId, personId, unitId);
    }

    @Override
    public String businessTime() {
        return period.toString();
    }
}
