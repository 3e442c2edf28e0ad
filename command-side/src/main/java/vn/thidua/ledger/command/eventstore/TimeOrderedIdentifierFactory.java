package vn.thidua.ledger.command.eventstore;

import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Message identifiers as time-ordered UUIDs (version 7, RFC 9562): the milliseconds since the epoch, then 74 random
 * bits. Axon's own are random (version 4), so every event stored touched a random page of the event table's
 * unique index of identifiers; with the time first, new identifiers land at the index's end, in pages already in
 * memory, however long the stream grows. Found by Axon through {@code META-INF/services}.
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    @Override
    public String generateIdentifier() {
        return next(System.currentTimeMillis()).toString();
    }

    /** A version 7 UUID of {@code millis}, random otherwise. */
    static UUID next(long millis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0xFFL) << 8 | (random[1] & 0xFFL)) & 0x0FFFL;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = randB << 8 | (random[i] & 0xFFL);
        }
        long mostSignificant = (millis & 0xFFFF_FFFF_FFFFL) << 16 | VERSION_7 | randA;
        return new UUID(mostSignificant, VARIANT_RFC | (randB & LOW_62_BITS));
    }
}
