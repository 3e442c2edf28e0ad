package vn.thidua.ledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryCopyRowsTest {

    @Test
    void rowsAreFramedAsPostgresBinaryCopyReadsThem() throws IOException {
        BinaryCopyRows rows = new BinaryCopyRows(4, 16);
        rows.row().text("Nguyễn").int8(-2L).bytea(new byte[]{1, 2}).text(null);

        ByteBuffer sent = ByteBuffer.wrap(rows.finish().readAllBytes());

        byte[] signature = new byte[11];
        sent.get(signature);
        assertThat(signature).containsExactly('P', 'G', 'C', 'O', 'P', 'Y', '\n', 0xFF, '\r', '\n', 0);
        assertThat(sent.getInt()).as("flags").isZero();
        assertThat(sent.getInt()).as("header extension").isZero();
        assertThat(sent.getShort()).as("fields of the row").isEqualTo((short) 4);
        byte[] name = "Nguyễn".getBytes(StandardCharsets.UTF_8);
        assertThat(sent.getInt()).isEqualTo(name.length);
        byte[] text = new byte[name.length];
        sent.get(text);
        assertThat(text).isEqualTo(name);
        assertThat(sent.getInt()).isEqualTo(8);
        assertThat(sent.getLong()).isEqualTo(-2L);
        assertThat(sent.getInt()).isEqualTo(2);
        assertThat(sent.get()).isEqualTo((byte) 1);
        assertThat(sent.get()).isEqualTo((byte) 2);
        assertThat(sent.getInt()).as("null").isEqualTo(-1);
        assertThat(sent.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(sent.hasRemaining()).isFalse();
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void rowsFarBeyondTheExpectedSizeAreAllSentWhole() throws IOException {
        BinaryCopyRows rows = new BinaryCopyRows(2, 1);
        byte[] payload = new byte[1_000];
        for (int row = 0; row < 500; row++) {
            payload[0] = (byte) row;
            rows.row().int8(row).bytea(payload);
        }

        ByteBuffer sent = ByteBuffer.wrap(rows.finish().readAllBytes());

        assertThat(sent.remaining()).isEqualTo(11 + 4 + 4 + 500 * (2 + 4 + 8 + 4 + 1_000) + 2);
        sent.position(sent.remaining() - 2 - 1_000);
        assertThat(sent.get()).as("first byte of the last row's payload").isEqualTo((byte) 499);
        assertThat(rows.rows()).isEqualTo(500);
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsRefusedBeforeAnythingIsSent() {
        BinaryCopyRows lacking = new BinaryCopyRows(2, 16);
        lacking.row().text("a");
        assertThatThrownBy(lacking::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lacking::row).isInstanceOf(IllegalStateException.class);

        BinaryCopyRows overfull = new BinaryCopyRows(1, 16);
        overfull.row().text("a");
        assertThatThrownBy(() -> overfull.text("b")).isInstanceOf(IllegalStateException.class);
    }
}
