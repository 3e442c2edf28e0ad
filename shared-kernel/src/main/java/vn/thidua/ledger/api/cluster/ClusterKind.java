package vn.thidua.ledger.api.cluster;

/** A cluster (cụm) groups units of one area; a bloc (khối) groups units of one kind of work. */
public enum ClusterKind {
    CUM("Cụm thi đua"),
    KHOI("Khối thi đua");

    private final String label;

    ClusterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
