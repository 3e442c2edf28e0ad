package vn.thidua.ledger.query.export;

import java.util.List;
import java.util.Objects;

/**
 * One section of an {@link ExportDocument}: a heading, the column headers and the rows. Cells are text the
 * caller has already formatted, so every format shows the same values; a missing cell is an empty one.
 */
public record ExportTable(String heading, List<String> columns, List<List<String>> rows) {

    public ExportTable {
        Objects.requireNonNull(heading, "heading");
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        columns = cells(columns);
        int width = columns.size();
        rows = rows == null ? List.of() : rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + width + " columns");
            }
            return cells(row);
        }).toList();
    }

    private static List<String> cells(List<String> values) {
        return values.stream().map(value -> value == null ? "" : value).toList();
    }
}
