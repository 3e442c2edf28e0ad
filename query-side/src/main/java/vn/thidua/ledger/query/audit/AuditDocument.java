package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.export.CodeLabels;
import vn.thidua.ledger.query.export.ExportDocument;
import vn.thidua.ledger.query.export.ExportTable;
import vn.thidua.ledger.query.export.FieldLabels;
import vn.thidua.ledger.query.time.AsOf;

/** An audit trail as a document to file: the same entries as the JSON, in the same order, one row each. */
@Component
class AuditDocument {

    static final List<String> COLUMNS = List.of("Vị trí", "Thời điểm ghi nhận", "Loại sự kiện", "Thời gian nghiệp vụ",
            "Người thực hiện", "Nội dung");
    /**
     * An entry's record time to the millisecond, as events are stamped: copied into {@code asOf}, it asks for the
     * trail as it stood with that entry, not without it.
     */
    static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx")
            .withZone(AsOf.VIETNAM);

    private final ObjectMapper objectMapper;

    AuditDocument(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    ExportDocument of(AuditTrails.Trail trail, String kindLabel, String periodAsked, Period period, AsOf asOf,
                      String user, Instant now) {
        return of(trail, kindLabel, null, periodAsked, period, asOf, user, now);
    }

    /** As above, the entity named in the title as well ({@code name}: a unit's or person's name; null for none). */
    ExportDocument of(AuditTrails.Trail trail, String kindLabel, String name, String periodAsked, Period period,
                      AsOf asOf, String user, Instant now) {
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Kỳ: " + (period == null ? "toàn bộ" : periodAsked.strip()
                + (periodAsked.strip().equals(period.toString()) ? "" : " (" + period.from() + " – " + period.to() + ")")));
        subtitles.add(ExportDocument.position(trail.position(), asOf.moment()));
        subtitles.add("Số mục: " + trail.entries().size());
        List<List<String>> rows = trail.entries().stream().map(this::row).toList();
        return new ExportDocument(title(kindLabel, trail.id(), name), subtitles,
                List.of(new ExportTable("Nhật ký", COLUMNS, rows)),
                ExportDocument.footer(now, user));
    }

    static String title(String kindLabel, String id) {
        return title(kindLabel, id, null);
    }

    /** The title of a trail's file: whose trail, by id and, when it has one, by name (a file kept names both). */
    static String title(String kindLabel, String id, String name) {
        return "Nhật ký kiểm tra: " + kindLabel + " " + id + (name == null || name.isBlank() ? "" : " — " + name);
    }

    private List<String> row(AuditTrails.Entry entry) {
        String businessTime = entry.occurredOn() != null ? entry.occurredOn() : entry.period();
        return List.of(String.valueOf(entry.position()), RECORDED.format(entry.recordedAt()), EventLabels.of(entry.type()),
                businessTime == null ? "" : businessTime, actor(entry),
                corrects(entry) + imported(entry) + content(entry.data()));
    }

    /** An entry stored by a bulk import names it, so that a file's rows can be traced to the import as in the JSON. */
    private static String imported(AuditTrails.Entry entry) {
        return entry.importId() == null ? "" : "Nhập từ tệp, mã lần nhập " + entry.importId() + ". ";
    }

    /** The roles as the web UI names them. */
    private static final java.util.Map<String, String> ROLES = java.util.Map.of("READER", "Đọc", "WRITER", "Ghi",
            "ADMIN", "Quản trị");

    /** Who, with the role and the part of the organisation their account had: "can.bo (Ghi, đơn vị LB)". */
    private static String actor(AuditTrails.Entry entry) {
        String actor = entry.actor() == null ? "" : entry.actor();
        if (entry.role() == null) {
            return actor;
        }
        return actor + " (" + ROLES.getOrDefault(entry.role(), entry.role())
                + (entry.unitScope() == null ? "" : ", đơn vị " + entry.unitScope()) + ")";
    }

    /** A correction says which entry it corrects, so a reader of the file can follow it back as in the JSON. */
    private static String corrects(AuditTrails.Entry entry) {
        return entry.corrects() == null ? "" : "Đính chính mục ở vị trí " + entry.corrects() + ". ";
    }

    /** The event's data as "key: value; key: value", nested values in brackets, absent values left out. */
    String content(String json) {
        try {
            return describe(objectMapper.readTree(json));
        } catch (JsonProcessingException e) {
            return json; // stored by the projector from the event itself, so this does not happen; show it raw if it does
        }
    }

    static String describe(JsonNode data) {
        if (!data.isObject()) {
            return value(data);
        }
        StringJoiner pairs = new StringJoiner("; ");
        // the entry's own fields by their Vietnamese names; inner maps (scores by criterion code) as stored
        fields(data, pairs, true);
        return pairs.toString();
    }

    /** A correction's "before" of a field it left as it was ({@code previousNote} equal to {@code note}): no change. */
    private static boolean unchanged(JsonNode data, String key) {
        String field = FieldLabels.before(key);
        return field != null && data.has(field) && data.get(field).equals(data.get(key));
    }

    /** Told otherwise: which entry a correction corrects is its own column. */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("corrects", "correctsSequence");

    private static String value(JsonNode node) {
        if (node.isObject()) {
            StringJoiner pairs = new StringJoiner(", ", "{", "}");
            fields(node, pairs, false);
            return pairs.toString();
        }
        if (node.isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            node.forEach(item -> items.add(value(item)));
            return items.toString();
        }
        if (node.isNull()) {
            return "";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "có" : "không";
        }
        // the stored code kept, its Vietnamese name beside it: "GIANG_CHUC (Giáng chức)"
        return node.isTextual() ? CodeLabels.named(node.asText()) : node.asText();
    }

    /** The fields of {@code object}; an entry's own ({@code named}) by their Vietnamese names, less what is told otherwise. */
    private static void fields(JsonNode object, StringJoiner pairs, boolean named) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (field.getValue().isNull() || named && (HIDDEN.contains(key) || unchanged(object, key))) {
                continue;
            }
            pairs.add((named ? FieldLabels.of(key) : key) + ": " + value(field.getValue()));
        }
    }
}
