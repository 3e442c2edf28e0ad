package vn.thidua.ledger.api.person;

/** A leave the yearly classification treats apart (Decree 90/2020, art. 2: "trừ trường hợp nghỉ chế độ thai sản"). */
public enum LeaveKind {
    MATERNITY("Nghỉ chế độ thai sản");

    private final String label;

    LeaveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
