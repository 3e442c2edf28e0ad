package vn.thidua.ledger.rules;

/** The yearly levels of Decree 90/2020 (amended by Decree 48/2023), best first. */
public enum AnnualLevel {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
    HTTNV("Hoàn thành tốt nhiệm vụ"),
    HTNV("Hoàn thành nhiệm vụ"),
    KHTNV("Không hoàn thành nhiệm vụ"),
    NOT_CLASSIFIED("Không xếp loại");

    private final String label;

    AnnualLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of the band at {@code rank} (0 the best band); the fourth band and below are KHTNV. */
    public static AnnualLevel ofBandRank(int rank) {
        return switch (rank) {
            case 0 -> HTXSNV;
            case 1 -> HTTNV;
            case 2 -> HTNV;
            default -> KHTNV;
        };
    }

    /** True for a classified level at least as good as {@code other}. */
    public boolean atLeast(AnnualLevel other) {
        return this != NOT_CLASSIFIED && other != NOT_CLASSIFIED && ordinal() <= other.ordinal();
    }
}
