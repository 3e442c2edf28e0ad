package vn.thidua.ledger.api.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * Identifier of a unit's evaluation for a period: one per unit and period, {@code <unitId>.<period>}, e.g.
 * {@code LB-PNV.2024-05}, {@code LB-PNV.2024}, or {@code LB-PNV.2024-04-01_2024-06-30} for the second quarter.
 */
public record UnitEvaluationId(@JsonValue String value) implements EntityId {

    public UnitEvaluationId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static UnitEvaluationId of(String value) {
        return new UnitEvaluationId(value);
    }

    public static UnitEvaluationId of(UnitId unitId, Period period) {
        return new UnitEvaluationId(EvaluationIds.compose(unitId, period));
    }

    @Override
    public String kind() {
        return "evaluations";
    }

    @Override
    public String toString() {
        return "unit-evaluation:" + value;
    }
}
