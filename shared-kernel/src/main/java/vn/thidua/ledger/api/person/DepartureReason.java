package vn.thidua.ledger.api.person;

/** Why a person no longer works in the organisation. */
public enum DepartureReason {
    RETIRED("Nghỉ hưu"),
    RESIGNED("Thôi việc theo nguyện vọng"),
    DISMISSED("Buộc thôi việc"),
    TRANSFERRED_OUT("Chuyển công tác ra ngoài"),
    DECEASED("Từ trần"),
    OTHER("Lý do khác");

    private final String label;

    DepartureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
