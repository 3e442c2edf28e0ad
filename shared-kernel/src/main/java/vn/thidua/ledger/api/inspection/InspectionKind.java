package vn.thidua.ledger.api.inspection;

/**
 * Who inspects: the unit's own team (seed 004 II.4: each agency "thành lập đoàn kiểm tra … để tiến hành công tác tự
 * kiểm tra"), the level above ("kiểm tra, giám sát cấp mình và cấp dưới", seed 001 III.4), or the city's
 * interdisciplinary team ("đoàn kiểm tra liên ngành", seed 004 II.4).
 */
public enum InspectionKind {
    SELF("Tự kiểm tra"),
    SUPERIOR("Cấp trên kiểm tra"),
    INTERDISCIPLINARY("Đoàn kiểm tra liên ngành");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
