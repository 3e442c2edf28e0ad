package vn.thidua.ledger.command.dispatch;

/** Names of the metadata every stored event carries. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** The bulk import an event was stored by; all events of one import share it (and one correlation id). */
    public static final String IMPORT_ID = "importId";
    /** The role of the account that asked (READER, WRITER, ADMIN); absent for the system's own events. */
    public static final String ROLE = "role";
    /** The unit whose part of the organisation the account may record for; absent: the whole organisation. */
    public static final String UNIT_SCOPE = "unitScope";
    /** The request attributes the security layer leaves the account's role and unit scope in. */
    public static final String ROLE_ATTRIBUTE = "thidua.account.role";
    public static final String UNIT_SCOPE_ATTRIBUTE = "thidua.account.unitScope";
    static final String FINGERPRINT = "requestFingerprint";
    static final String ENTITY_ID = "entityId";

    private MetaDataKeys() {
    }
}
