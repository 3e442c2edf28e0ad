package vn.thidua.ledger.command.dispatch;

/** Names of the metadata every stored event carries. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** The bulk import an event was stored by; all events of one import share it (and one correlation id). */
    public static final String IMPORT_ID = "importId";
    static final String FINGERPRINT = "requestFingerprint";
    static final String ENTITY_ID = "entityId";

    private MetaDataKeys() {
    }
}
