package vn.thidua.ledger.command.imports;

import java.util.List;

/**
 * A table read from an uploaded file: its header row and the non-blank rows below it, each numbered as a
 * spreadsheet program shows it (the first row of the file is 1), so that problems can be reported by row.
 */
public record Sheet(Row header, List<Row> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }

    /** One row: its number and the text of its cells, as written (no trimming), from the first column on. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of the cell in {@code column} (from 0); empty beyond the last cell of the row. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
