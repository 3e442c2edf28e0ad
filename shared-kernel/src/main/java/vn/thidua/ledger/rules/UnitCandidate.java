package vn.thidua.ledger.rules;

import java.util.List;

/**
 * What the ranker needs to know about one unit: its evaluations, surveys and the confirmed violations of
 * the unit and of the people who worked in it or below it (each counted once).
 */
public record UnitCandidate(String unitId, String unitName, List<UnitEvaluationFact> evaluations,
                            List<SurveyFact> surveys, List<CountedViolation> violations) {

    public UnitCandidate {
        evaluations = List.copyOf(evaluations);
        surveys = List.copyOf(surveys);
        violations = List.copyOf(violations);
    }
}
