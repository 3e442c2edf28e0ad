package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredEntryTest {

    private static StoredEvents.StoredEntry stored(String timestamp) {
        return new StoredEvents.StoredEntry("Unit", "u-1", 0, "e-1", timestamp, "T", "1", new byte[0], new byte[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-17T03:04:05.678Z", "1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z",
            "2026-12-31T12:00:00.001Z"})
    void aTimestampTheEventStoreWroteIsReadAsAxonReadsIt(String timestamp) {
        assertThat(StoredEvents.StoredEntry.utcMillis(timestamp)).isEqualTo(DateTimeUtils.parseInstant(timestamp));
        assertThat(stored(timestamp).getTimestamp()).isEqualTo(DateTimeUtils.parseInstant(timestamp));
    }

    @Test
    void aTimestampTheEventStoreWroteIsWhatAxonFormatsAnInstantAs() {
        Instant instant = Instant.parse("2025-07-01T08:09:10.123Z");

        assertThat(StoredEvents.StoredEntry.utcMillis(DateTimeUtils.formatInstant(instant))).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-17T03:04:05.678+07:00", "2024-05-17T03:04:05Z", "2024-05-17T03:04:05.678912Z",
            "2023-02-29T03:04:05.678Z"})
    void anyOtherFormIsLeftToAxon(String timestamp) {
        assertThat(StoredEvents.StoredEntry.utcMillis(timestamp)).isNull();
    }

    @Test
    void aTimestampWithAnOffsetIsStillRead() {
        assertThat(stored("2024-05-17T10:04:05.678+07:00").getTimestamp())
                .isEqualTo(Instant.parse("2024-05-17T03:04:05.678Z"));
    }
}
