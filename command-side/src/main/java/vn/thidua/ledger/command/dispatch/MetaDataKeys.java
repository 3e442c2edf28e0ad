package vn.thidua.ledger.command.dispatch;

/** Names of the metadata every stored event carries. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String FINGERPRINT = "requestFingerprint";
    static final String ENTITY_ID = "entityId";

    private MetaDataKeys() {
    }
}
