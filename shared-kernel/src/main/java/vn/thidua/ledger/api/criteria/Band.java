package vn.thidua.ledger.api.criteria;

import java.math.BigDecimal;

/**
 * A classification band: the level (e.g. {@code A}, {@code HTXS}) given to a score of at least {@code min},
 * with its Vietnamese name (e.g. "Hoàn thành xuất sắc nhiệm vụ").
 */
public record Band(String level, BigDecimal min, String label) {

    public Band(String level, BigDecimal min) {
        this(level, min, null);
    }

    public boolean admits(BigDecimal score) {
        return score.compareTo(min) >= 0;
    }
}
