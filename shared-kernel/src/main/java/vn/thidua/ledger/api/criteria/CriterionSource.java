package vn.thidua.ledger.api.criteria;

/**
 * Where a criterion's points come from: entered by the evaluators, or derived from the period's
 * satisfaction surveys (points = max × satisfied / respondents), which only a unit can have.
 */
public enum CriterionSource {
    SCORED("Chấm điểm"),
    SURVEY("Khảo sát sự hài lòng");

    private final String label;

    CriterionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when nobody enters the points by hand. */
    public boolean derived() {
        return this != SCORED;
    }
}
