package vn.thidua.ledger.command.imports;

import java.util.List;
import java.util.Set;

/**
 * A table read from an uploaded file: its header row and the non-blank rows below it, each numbered as a
 * spreadsheet program shows it (the first row of the file is 1), so that problems can be reported by row.
 */
public record Sheet(Row header, List<Row> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }

    /**
     * One row: its number, the text of its cells as written (no trimming) from the first column on, and the
     * columns whose cell holds a formula no program computed (its text is empty: its value is unknown).
     */
    public record Row(int number, List<String> cells, Set<Integer> uncomputed) {

        public Row {
            cells = List.copyOf(cells);
            uncomputed = Set.copyOf(uncomputed);
        }

        public Row(int number, List<String> cells) {
            this(number, cells, Set.of());
        }

        /** Whether the cell in {@code column} holds a formula without a computed value. */
        public boolean uncomputed(int column) {
            return uncomputed.contains(column);
        }

        /** The text of the cell in {@code column} (from 0); empty beyond the last cell of the row. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return uncomputed.isEmpty() && cells.stream().allMatch(String::isBlank);
        }
    }
}
