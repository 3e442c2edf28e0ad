package vn.thidua.ledger.command.eventstore;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format (a header; per row its field count, then each field as its length and
 * its bytes; a trailer): values travel as they are, nothing escaped on the way or parsed on arrival. Text goes as
 * UTF-8, the connection's client encoding. Written straight into one growing array (a ByteArrayOutputStream locks
 * on every byte and copies the whole at the end: a tenth of an import's request thread went there).
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private byte[] bytes;
    private int length;
    private final int fieldsPerRow;
    private int fieldsLeft;
    private int rows;

    BinaryCopyRows(int fieldsPerRow, int expectedBytes) {
        this.fieldsPerRow = fieldsPerRow;
        this.bytes = new byte[expectedBytes]; // room() grows it as needed
        put(SIGNATURE);
        int32(0); // flags: no OIDs
        int32(0); // no header extension
    }

    BinaryCopyRows row() {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the previous row lacks " + fieldsLeft + " of its " + fieldsPerRow
                    + " fields");
        }
        fieldsLeft = fieldsPerRow;
        rows++;
        int16(fieldsPerRow);
        return this;
    }

    BinaryCopyRows text(String value) {
        return bytea(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    BinaryCopyRows int8(long value) {
        field();
        int32(Long.BYTES);
        int32((int) (value >>> 32));
        int32((int) value);
        return this;
    }

    BinaryCopyRows bytea(byte[] value) {
        field();
        if (value == null) {
            int32(-1);
        } else {
            int32(value.length);
            put(value);
        }
        return this;
    }

    int rows() {
        return rows;
    }

    /** The rows and the trailer, for a {@code COPY … FROM STDIN (FORMAT binary)}. */
    InputStream finish() {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the last row lacks " + fieldsLeft + " of its " + fieldsPerRow + " fields");
        }
        int16(-1);
        return new ByteArrayInputStream(bytes, 0, length);
    }

    private void field() {
        if (fieldsLeft == 0) {
            throw new IllegalStateException("a row has " + fieldsPerRow + " fields; row() starts the next one");
        }
        fieldsLeft--;
    }

    private void int16(int value) {
        room(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void int32(int value) {
        room(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void put(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            long wanted = Math.max(2L * bytes.length, (long) length + more);
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, wanted));
        }
    }
}
