package vn.thidua.ledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifierFactoryTest {

    @Test
    void axonFindsTheFactoryAndEveryMessageGetsItsIdentifiers() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);

        UUID id = UUID.fromString(GenericEventMessage.asEventMessage("an event").getIdentifier());

        assertThat(id.version()).isEqualTo(7);
    }

    @Test
    void anIdentifierIsAVersion7UuidStartingWithItsMillisecond() {
        long millis = Instant.parse("2026-12-04T18:00:00.123Z").toEpochMilli();

        UUID id = TimeOrderedIdentifierFactory.next(millis);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(id.toString()).startsWith(String.format("%08x-%04x", millis >>> 16, millis & 0xFFFF));
    }

    @Test
    void identifiersOfLaterMillisecondsSortAfterEarlierOnesAsText() {
        long millis = Instant.parse("2026-12-04T18:00:00Z").toEpochMilli();
        String previous = TimeOrderedIdentifierFactory.next(millis).toString();
        for (int step = 1; step <= 1000; step++) {
            String next = TimeOrderedIdentifierFactory.next(millis + step).toString();

            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void identifiersOfOneMillisecondDifferInTheirRandomBits() {
        long millis = Instant.parse("2026-12-04T18:00:00Z").toEpochMilli();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIdentifierFactory.next(millis));
        }

        assertThat(ids).hasSize(100_000);
    }
}
