package vn.thidua.ledger.api;

/**
 * A request refused by a business rule. {@link #rule()} names the rule so a client can tell refusals apart;
 * {@link #field()} names the offending input field when there is one.
 */
public class RefusedException extends RuntimeException {

    /** How a refusal maps onto the API's answers: invalid input, an unknown reference, or a conflict with state. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT }

    private final Reason reason;
    private final String rule;
    private final String field;

    public RefusedException(Reason reason, String rule, String field, String message) {
        super(message);
        this.reason = reason;
        this.rule = rule;
        this.field = field;
    }

    public static RefusedException invalid(String rule, String field, String message) {
        return new RefusedException(Reason.INVALID, rule, field, message);
    }

    public static RefusedException notFound(String field, EntityId id) {
        return new RefusedException(Reason.NOT_FOUND, "REFERENCE_EXISTS", field,
                "Không tìm thấy " + id.kind() + "/" + id.value() + " (" + field + ")");
    }

    public static RefusedException conflict(String rule, String field, String message) {
        return new RefusedException(Reason.CONFLICT, rule, field, message);
    }

    public static RefusedException alreadyExists(EntityId id) {
        return new RefusedException(Reason.CONFLICT, "ID_UNIQUE", "id",
                "Mã " + id.value() + " đã được dùng cho " + id.kind() + " khác");
    }

    public Reason reason() {
        return reason;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
