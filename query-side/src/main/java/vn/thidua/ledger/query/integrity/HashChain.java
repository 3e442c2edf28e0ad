package vn.thidua.ledger.query.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain over the global event stream, computed in Java exactly as the append trigger computes it in
 * PostgreSQL (migration {@code V2026_11_21_60__hash_chain.sql}; change both or neither):
 *
 * <pre>
 * link(-1) = 32 zero bytes
 * link(n)  = SHA-256( link(n-1)
 *                     ‖ utf8(event_identifier)               ‖ 0x00
 *                     ‖ utf8(aggregate_identifier)           ‖ 0x00
 *                     ‖ utf8(decimal(sequence_number))       ‖ 0x00
 *                     ‖ utf8(coalesce(type, ''))             ‖ 0x00
 *                     ‖ utf8(time_stamp)                     ‖ 0x00
 *                     ‖ utf8(payload_type)                   ‖ 0x00
 *                     ‖ utf8(coalesce(payload_revision, '')) ‖ 0x00
 *                     ‖ payload                              ‖ 0x00
 *                     ‖ coalesce(meta_data, '') )
 * </pre>
 *
 * where n is the event's global position, ‖ concatenates bytes and decimal() writes ASCII digits without sign
 * or padding. Every stored column takes part but the position (the chain's order binds it) and the link itself.
 *
 * <p>One instance per walk along the chain: it reuses its digest and is not thread-safe.
 */
public final class HashChain {

    public static final int LINK_LENGTH = 32;

    private static final byte SEPARATOR = 0;

    private final MessageDigest sha256;

    public HashChain() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The columns of a stored event that its link covers. */
    public record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                              String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                              byte[] metaData) {
    }

    /** link(-1), what the event at position 0 chains from. */
    public static byte[] genesis() {
        return new byte[LINK_LENGTH];
    }

    /** link(n), from link(n-1) and the stored columns of event n. */
    public byte[] link(byte[] previous, StoredEvent event) {
        sha256.reset();
        sha256.update(previous);
        text(event.eventIdentifier());
        text(event.aggregateIdentifier());
        text(Long.toString(event.sequenceNumber()));
        text(event.type() == null ? "" : event.type());
        text(event.timeStamp());
        text(event.payloadType());
        text(event.payloadRevision() == null ? "" : event.payloadRevision());
        sha256.update(event.payload());
        sha256.update(SEPARATOR);
        if (event.metaData() != null) {
            sha256.update(event.metaData());
        }
        return sha256.digest();
    }

    private void text(String value) {
        sha256.update(value.getBytes(StandardCharsets.UTF_8));
        sha256.update(SEPARATOR);
    }
}
