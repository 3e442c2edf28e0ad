package vn.thidua.ledger.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-row {@code INSERT INTO table (columns) VALUES (row) [ON CONFLICT … DO NOTHING]} taken apart so that its
 * row can be repeated, or its rows sent by COPY. Several rows in one INSERT give what the rows inserted one after
 * the other give only without sub-queries (which would not see the rows before them in the same statement) and
 * without {@code DO UPDATE} (which refuses to change a row twice in one statement): those are not taken apart.
 */
record MultiRowInsert(String table, String prefix, String row, String suffix, int parametersPerRow,
                      List<String> columns, List<Value> values, boolean ignoresConflicts) {

    /** One value of the row: a parameter ({@code ?}, perhaps cast: {@code ?::jsonb}) or {@code NULL}. */
    record Value(boolean parameter, String cast) {
    }

    private static final Pattern INSERT_INTO = Pattern.compile("^\\s*INSERT\\s+INTO\\s+([\\w.]+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUES = Pattern.compile("\\bVALUES\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("\\bSELECT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTHING_ON_CONFLICT = Pattern.compile(
            "\\s*ON\\s+CONFLICT\\s*(\\([\\w\\s,]*\\)\\s*|ON\\s+CONSTRAINT\\s+\\w+\\s*)?DO\\s+NOTHING\\s*;?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile("\\?(?:\\s*::\\s*(\\w+))?");
    private static final Pattern NULL = Pattern.compile("NULL", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("\\w+");
    /** PostgreSQL's limit of bind parameters per statement. */
    private static final int MAX_PARAMETERS = 32_767;
    private static final int MAX_ROWS = 1_000;

    /** The shape of {@code sql}, or empty when its rows cannot be sent together. */
    static Optional<MultiRowInsert> of(String sql) {
        Matcher into = INSERT_INTO.matcher(sql);
        if (!into.find() || SELECT.matcher(sql).find()) {
            return Optional.empty();
        }
        Matcher valuesKeyword = VALUES.matcher(sql);
        if (!valuesKeyword.find(into.end())) {
            return Optional.empty();
        }
        int open = valuesKeyword.end() - 1;
        int close = closing(sql, open);
        if (close < 0) {
            return Optional.empty();
        }
        String prefix = sql.substring(0, open);
        String row = sql.substring(open, close + 1);
        String suffix = sql.substring(close + 1);
        boolean ignoresConflicts = NOTHING_ON_CONFLICT.matcher(suffix).matches();
        if (placeholders(prefix) > 0 || !(suffix.isBlank() || ignoresConflicts)) {
            return Optional.empty();
        }
        List<String> columns = columns(sql.substring(into.end(), valuesKeyword.start()));
        List<Value> values = values(row.substring(1, row.length() - 1));
        if (columns.size() != values.size()) {
            columns = List.of();
            values = List.of();
        }
        return Optional.of(new MultiRowInsert(into.group(1), prefix, row, suffix, placeholders(row), columns, values,
                ignoresConflicts));
    }

    /** Whether the rows can go by COPY: named columns, and every value a parameter or NULL. */
    boolean copyable() {
        return !values.isEmpty();
    }

    /** How many rows one statement may carry. */
    int maxRows() {
        return Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / Math.max(1, parametersPerRow)));
    }

    /** The statement inserting {@code rows} rows. */
    String sql(int rows) {
        StringBuilder sql = new StringBuilder(prefix.length() + suffix.length() + rows * (row.length() + 2));
        sql.append(prefix);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.append(suffix).toString();
    }

    /** {@code COPY table (columns) FROM STDIN}, in the text format. */
    String copySql() {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    /** The names of {@code (a, b, c)}, or none when that is not such a list. */
    private static List<String> columns(String list) {
        String trimmed = list.trim();
        if (!trimmed.startsWith("(") || !trimmed.endsWith(")")) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String column : trimmed.substring(1, trimmed.length() - 1).split(",")) {
            if (!COLUMN.matcher(column.trim()).matches()) {
                return List.of();
            }
            columns.add(column.trim());
        }
        return List.copyOf(columns);
    }

    /** The values of a row, or none when one of them is an expression. */
    private static List<Value> values(String row) {
        List<Value> values = new ArrayList<>();
        for (String value : row.split(",", -1)) {
            Matcher parameter = PARAMETER.matcher(value.trim());
            if (parameter.matches()) {
                values.add(new Value(true, parameter.group(1)));
            } else if (NULL.matcher(value.trim()).matches()) {
                values.add(new Value(false, null));
            } else {
                return List.of();
            }
        }
        return List.copyOf(values);
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closing(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code ?} placeholders of {@code sql} outside quoted text. */
    private static int placeholders(String sql) {
        int count = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end;
            } else if (c == '?') {
                count++;
            }
        }
        return count;
    }
}
