package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COPY's text escapes (the rows copied against the rows inserted are compared on PostgreSQL in ops). */
class RowCopyTest {

    private static String escaped(String value) {
        return "before|" + RowCopy.escaped(value);
    }

    @Test
    void aValueWithoutSpecialCharactersIsWrittenAsItIs() {
        assertThat(escaped("{\"unitId\": \"Q01-CUM-PHUONG-1\", \"note\": \"Đạt 95 điểm\"}"))
                .isEqualTo("before|{\"unitId\": \"Q01-CUM-PHUONG-1\", \"note\": \"Đạt 95 điểm\"}");
    }

    @Test
    void backslashesAndControlCharactersAreEscapedWhereverTheyStand() {
        assertThat(escaped("\\a\tb\nc\rd\\")).isEqualTo("before|\\\\a\\tb\\nc\\rd\\\\");
    }

    @Test
    void adjacentSpecialCharactersAreEachEscaped() {
        assertThat(escaped("\n\n\t\\\\")).isEqualTo("before|\\n\\n\\t\\\\\\\\");
    }

    @Test
    void anEmptyValueAddsNothing() {
        assertThat(escaped("")).isEqualTo("before|");
    }
}
