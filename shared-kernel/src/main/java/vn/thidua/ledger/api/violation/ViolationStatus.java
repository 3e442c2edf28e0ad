package vn.thidua.ledger.api.violation;

/**
 * Where a violation stands: recorded, then confirmed or dismissed; retracted when it was entered by mistake.
 * Dismissed and retracted are final.
 */
public enum ViolationStatus {
    RECORDED("Đã ghi nhận"),
    CONFIRMED("Đã xác nhận"),
    DISMISSED("Đã bác bỏ"),
    RETRACTED("Đã rút lại");

    private final String label;

    ViolationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == DISMISSED || this == RETRACTED;
    }
}
