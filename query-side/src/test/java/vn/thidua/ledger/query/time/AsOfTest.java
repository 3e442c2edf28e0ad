package vn.thidua.ledger.query.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AsOfTest {

    @Test
    void aPositionIsWrittenInTheApisDigits() {
        assertThat(AsOf.parse("pos:123").position()).isEqualTo(123L);
        assertThat(AsOf.parse("pos:-1").position()).isEqualTo(-1L);
        assertThatThrownBy(() -> AsOf.parse("pos:١٢٣")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pos:N");
    }

    @Test
    void aDayWrittenTheVietnameseWayIsTheEndOfThatDayInVietnam() {
        assertThat(AsOf.parse("1/7/2024").moment()).isEqualTo(AsOf.parse("2024-07-01").moment());
        assertThat(AsOf.parse("01/07/2024 10:04").moment())
                .isEqualTo(OffsetDateTime.parse("2024-07-01T10:04:00+07:00").toInstant());
        assertThat(AsOf.parse("01/07/2024 10:04:05").moment())
                .isEqualTo(OffsetDateTime.parse("2024-07-01T10:04:05+07:00").toInstant());
        assertThat(AsOf.parse("01/07/2024 10:04:05.600 +07:00").moment())
                .isEqualTo(OffsetDateTime.parse("2024-07-01T10:04:05.600+07:00").toInstant());
        assertThat(AsOf.parse("01/07/2024 03:04:05.600 +00:00").moment())
                .isEqualTo(OffsetDateTime.parse("2024-07-01T03:04:05.600Z").toInstant());
        assertThatThrownBy(() -> AsOf.parse("31/02/2024")).isInstanceOf(IllegalArgumentException.class);
    }
}
