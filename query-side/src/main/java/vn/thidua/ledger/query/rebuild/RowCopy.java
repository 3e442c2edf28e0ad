package vn.thidua.ledger.query.rebuild;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;

/**
 * Sends the rows of an INSERT by COPY, PostgreSQL's bulk load, which parses and plans nothing per row: the
 * rebuild's inserts arrive by the thousand. It gives the same rows as the INSERT only when every value goes into
 * its column as the INSERT would put it there, so it is used when:
 * <ul>
 *   <li>each value is a parameter or NULL, and a cast ({@code ?::jsonb}) names the column's own type;</li>
 *   <li>each parameter is of a type whose text the driver itself would send (strings, numbers, booleans, dates,
 *   timestamps, UUIDs), written here as the driver writes it;</li>
 *   <li>and no row conflicts: COPY knows no {@code ON CONFLICT DO NOTHING}, so a unique violation fails it
 *   ({@link #isConflict}), and the caller sends its transaction again by INSERTs (rare: a rebuild fills empty
 *   tables).</li>
 * </ul>
 * One per connection and thread: a rebuild's writer lane, or a live processor's batch
 * ({@link UnitOfWorkStatements}).
 */
final class RowCopy {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final int CHUNK = 1 << 16;
    private static final String NULL = "\\N";

    private final Connection connection;
    private final CopyManager copyManager;
    private final TimestampUtils timestamps;
    /** Whether the casts of an INSERT's values name their columns' types, asked once per INSERT. */
    private final Map<MultiRowInsert, Boolean> castsFit;

    RowCopy(Connection connection) throws SQLException {
        this(connection, new HashMap<>());
    }

    /** Sharing what {@code castsFit} knows of the INSERTs' casts (the columns' types do not change while running). */
    RowCopy(Connection connection, Map<MultiRowInsert, Boolean> castsFit) throws SQLException {
        this.connection = connection;
        BaseConnection postgres = connection.unwrap(BaseConnection.class);
        this.copyManager = new CopyManager(postgres);
        this.timestamps = postgres.getTimestampUtils();
        this.castsFit = castsFit;
    }

    /**
     * Copies {@code rows} of {@code insert} and answers true, or answers false, having written nothing, when
     * they must go by the INSERT. A conflict fails the transaction: see {@link #isConflict}.
     */
    boolean copy(MultiRowInsert insert, List<Object[]> rows) throws SQLException {
        if (!insert.copyable() || !castsFit(insert)) {
            return false;
        }
        byte[] text = text(insert, rows);
        if (text == null) {
            return false;
        }
        send(insert.copySql(), text);
        return true;
    }

    /** Whether {@code e} says rows conflicted, which an INSERT … ON CONFLICT DO NOTHING would have skipped. */
    static boolean isConflict(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState()) || EXCLUSION_VIOLATION.equals(e.getSQLState());
    }

    private void send(String sql, byte[] text) throws SQLException {
        CopyIn copy = copyManager.copyIn(sql);
        try {
            for (int from = 0; from < text.length; from += CHUNK) {
                copy.writeToCopy(text, from, Math.min(CHUNK, text.length - from));
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private boolean castsFit(MultiRowInsert insert) throws SQLException {
        Boolean fit = castsFit.get(insert);
        if (fit == null) {
            fit = true;
            for (int i = 0; i < insert.values().size() && fit; i++) {
                String cast = insert.values().get(i).cast();
                if (cast != null) {
                    fit = columnIsOf(insert.table(), insert.columns().get(i), cast);
                }
            }
            castsFit.put(insert, fit);
        }
        return fit;
    }

    private boolean columnIsOf(String table, String column, String type) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.atttypid = to_regtype(?)::oid FROM pg_attribute a
                WHERE a.attrelid = to_regclass(?) AND a.attname = ? AND NOT a.attisdropped""")) {
            query.setString(1, type);
            query.setString(2, table);
            query.setString(3, column.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet answer = query.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    /** The rows in COPY's text format, or null when a value is of a type not written here. */
    private byte[] text(MultiRowInsert insert, List<Object[]> rows) {
        List<MultiRowInsert.Value> values = insert.values();
        Utf8Text text = new Utf8Text(rows.size() * 128);
        for (Object[] row : rows) {
            int parameter = 0;
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    text.ascii('\t');
                }
                if (!values.get(i).parameter()) {
                    text.ascii(NULL);
                } else if (!append(text, row[parameter++])) {
                    return null;
                }
            }
            text.ascii('\n');
        }
        return text.bytes();
    }

    /** Appends {@code value} as the driver would send it as text; false for a type not handled here. */
    private boolean append(Utf8Text text, Object value) {
        if (value == null) {
            text.ascii(NULL);
        } else if (value instanceof String string) {
            text.utf8(escaped(string));
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof BigInteger || value instanceof UUID) {
            text.ascii(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            text.ascii(decimal.toString());
        } else if (value instanceof Boolean bool) {
            text.ascii(bool ? 't' : 'f');
        } else if (value instanceof Timestamp timestamp) {
            // what PgPreparedStatement.setTimestamp sends: the JVM's zone, to the microsecond
            text.ascii(timestamps.toString(timestamps.getSharedCalendar(null), timestamp));
        } else if (value instanceof LocalDate date) {
            text.ascii(timestamps.toString(date));
        } else {
            return false;
        }
        return true;
    }

    /** {@code value} with COPY's escapes; most values have none and are answered as they are. */
    static String escaped(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && value.indexOf('\t') < 0) {
            return value;
        }
        StringBuilder text = new StringBuilder(value.length() + 16);
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        return text.append(value, from, value.length()).toString();
    }

    /**
     * The rows' bytes, written as UTF-8 straight into one growing array: a builder of characters widens to two
     * bytes a character at the first Vietnamese letter, then is copied into a string and encoded again.
     */
    private static final class Utf8Text {

        private byte[] bytes;
        private int length;

        Utf8Text(int capacity) {
            bytes = new byte[Math.max(capacity, 256)];
        }

        void ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        /** Text of ASCII characters only (numbers, dates, NULL): one byte each. */
        void ascii(String text) {
            int n = text.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        void utf8(String text) {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] bytes() {
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }
}
