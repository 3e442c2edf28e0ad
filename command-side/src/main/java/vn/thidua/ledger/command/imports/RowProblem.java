package vn.thidua.ledger.command.imports;

/**
 * What is wrong in one cell (or one column) of an imported file: {@code field} in the API's notation
 * ({@code rows[3].TASKS}: the row at index 3 counting the header as 0, i.e. spreadsheet row 4), the message,
 * the spreadsheet row number, the column's header as written and the rule that refused it.
 */
public record RowProblem(String field, String message, int row, String column, String rule) {

    /** A problem in the cell of {@code column} in spreadsheet row {@code row}. */
    public static RowProblem at(int row, String column, String rule, String message) {
        return new RowProblem("rows[" + (row - 1) + "]." + column, message, row, column, rule);
    }
}
