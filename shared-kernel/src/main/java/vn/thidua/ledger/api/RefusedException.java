package vn.thidua.ledger.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request refused by a business rule. {@link #rule()} names the rule so a client can tell refusals apart;
 * {@link #field()} names the offending input field when there is one, and {@link #fields()} every offending field
 * when several are refused at once (the first of them is then the rule and field).
 */
public class RefusedException extends RuntimeException {

    /** How a refusal maps onto the API's answers: invalid input, an unknown reference, or a conflict with state. */
    /** Why: bad input, a reference to nothing, a clash with what is recorded, or outside what the account may do. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Reason reason;
    private final String rule;
    private final String field;
    private final List<FieldRefusal> fields;

    /** One offending input field of a refusal, with the rule it breaks. */
    public record FieldRefusal(String field, String rule, String message) {
    }

    public RefusedException(Reason reason, String rule, String field, String message) {
        this(reason, rule, field, message,
                field == null ? List.of() : List.of(new FieldRefusal(field, rule, message)));
    }

    private RefusedException(Reason reason, String rule, String field, String message, List<FieldRefusal> fields) {
        super(message);
        this.reason = reason;
        this.rule = rule;
        this.field = field;
        this.fields = fields;
    }

    /** Several fields refused together, so that a client can mend them all at once; at least one. */
    public static RefusedException invalid(List<FieldRefusal> fields) {
        FieldRefusal first = fields.get(0);
        return new RefusedException(Reason.INVALID, first.rule(), first.field(),
                fields.stream().map(FieldRefusal::message).collect(Collectors.joining("; ")), List.copyOf(fields));
    }

    public static RefusedException invalid(String rule, String field, String message) {
        return new RefusedException(Reason.INVALID, rule, field, message);
    }

    public static RefusedException notFound(String field, EntityId id) {
        return new RefusedException(Reason.NOT_FOUND, "REFERENCE_EXISTS", field,
                "Không tìm thấy " + kindLabel(id.kind()) + " " + id.value() + " (" + field + ")");
    }

    public static RefusedException conflict(String rule, String field, String message) {
        return new RefusedException(Reason.CONFLICT, rule, field, message);
    }

    public static RefusedException alreadyExists(EntityId id) {
        return new RefusedException(Reason.CONFLICT, "ID_UNIQUE", "id",
                "Mã " + id.value() + " đã được dùng: " + kindLabel(id.kind()) + " mang mã này đã được ghi nhận");
    }

    /** What a kind of entity is called in Vietnamese ("units" → "đơn vị"); the kind itself when unknown. */
    public static String kindLabel(String kind) {
        return switch (kind) {
            case "units" -> "đơn vị";
            case "persons" -> "người";
            case "campaigns" -> "cuộc vận động, phong trào";
            case "pledges" -> "bản cam kết";
            case "violations" -> "vi phạm";
            case "clusters" -> "cụm, khối thi đua";
            case "inspections" -> "đợt kiểm tra";
            case "commendations" -> "khen thưởng";
            case "reports" -> "báo cáo";
            case "reviews" -> "sơ kết, tổng kết";
            case "registrations" -> "đăng ký thi đua";
            case "covenants" -> "giao ước thi đua";
            case "criteria-sets" -> "bộ tiêu chí";
            case "surveys" -> "khảo sát";
            case "evaluations" -> "đánh giá";
            case "users" -> "tài khoản";
            case "leaves" -> "thời gian nghỉ chế độ";
            default -> kind;
        };
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

    /** Every offending field, each with its rule; none when the refusal names no field. */
    public List<FieldRefusal> fields() {
        return fields;
    }
}
