package vn.thidua.ledger.api.review;

/** A review of a campaign: mid-term (sơ kết) or final (tổng kết). */
public enum ReviewKind {
    MID_TERM("Sơ kết"),
    FINAL("Tổng kết");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
