package vn.thidua.ledger.api.violation;

/** How a violation came to light. */
public enum ViolationSource {
    INSPECTION("Kiểm tra, giám sát"),
    CITIZEN_COMPLAINT("Đơn thư của công dân"),
    SUPERVISOR("Lãnh đạo, cấp trên phát hiện"),
    SELF_CRITICISM("Tự phê bình"),
    SURVEY("Khảo sát sự hài lòng"),
    OTHER("Nguồn khác");

    private final String label;

    ViolationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
