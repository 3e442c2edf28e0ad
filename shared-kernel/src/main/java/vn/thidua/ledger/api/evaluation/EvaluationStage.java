package vn.thidua.ledger.api.evaluation;

/**
 * The steps of a monthly evaluation: the person scores themself, a leader reviews, the head of the unit
 * decides. Only the head's decision is the official result.
 */
public enum EvaluationStage {
    SELF_ASSESSMENT("Tự đánh giá"),
    LEADER_REVIEW("Lãnh đạo nhận xét"),
    HEAD_DECISION("Thủ trưởng quyết định");

    private final String label;

    EvaluationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
