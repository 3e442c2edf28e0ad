package vn.thidua.ledger.api.inspection;

/** How a unit fared on one checklist item. */
public enum FindingResult {
    MET("Đạt"),
    PARTLY_MET("Đạt một phần"),
    NOT_MET("Không đạt");

    private final String label;

    FindingResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
