package vn.thidua.ledger.api.person;

/** The category of a public servant, which decides the disciplinary forms that may apply (Decree 112/2020). */
public enum PersonCategory {
    CAN_BO("Cán bộ"),
    CONG_CHUC("Công chức"),
    VIEN_CHUC("Viên chức"),
    NGUOI_LAO_DONG("Người lao động");

    private final String label;

    PersonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
