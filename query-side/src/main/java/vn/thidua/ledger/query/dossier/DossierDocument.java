package vn.thidua.ledger.query.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.ledger.query.export.CodeLabels;
import vn.thidua.ledger.query.export.ExportDocument;
import vn.thidua.ledger.query.export.ExportTable;

/**
 * A dossier laid out as a document an inspection team files: the indicators, then every detail behind each — lists
 * as tables, counts (by rule, by status, by level) as two-column tables — with Vietnamese headings and values.
 */
final class DossierDocument {

    /** Records of the details (e.g. a violation's summary) read as the JSON answer shows them. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Codes of the dossier's own words; codes of the published language are named by {@link CodeLabels}. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("MET", "Đạt"), Map.entry("PARTLY_MET", "Đạt một phần"), Map.entry("NOT_MET", "Không đạt"),
            Map.entry("NO_DATA", "Chưa có số liệu"), Map.entry("RISING", "Tăng so với cùng kỳ năm trước"),
            Map.entry("RECORDED", "Mới ghi nhận"), Map.entry("AMENDED", "Đã sửa"), Map.entry("CONFIRMED", "Đã xác nhận"),
            Map.entry("DISMISSED", "Đã bác bỏ"), Map.entry("RETRACTED", "Đã rút lại"),
            Map.entry("ON_TIME", "Đúng hạn"), Map.entry("LATE", "Nộp muộn"), Map.entry("OVERDUE", "Quá hạn"),
            Map.entry("PENDING", "Chưa đến hạn"), Map.entry("PERSON", "Cá nhân"), Map.entry("UNIT", "Tập thể"),
            Map.entry("CommendationApproved", "Khen thưởng"), Map.entry("CommendationRevoked", "Thu hồi khen thưởng"),
            Map.entry("CommendationReinstated", "Khôi phục khen thưởng"),
            Map.entry("true", "Có"), Map.entry("false", "Không"));
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("campaigns", "Cuộc vận động, phong trào"),
            Map.entry("campaignsBelow", "Cuộc vận động, phong trào do đơn vị trực thuộc phát động"),
            Map.entry("covenants", "Giao ước thi đua"),
            Map.entry("registrations", "Đăng ký thi đua"), Map.entry("missing", "Người chưa ký cam kết"),
            Map.entry("byRule", "Số vi phạm theo quy tắc"), Map.entry("byStatus", "Số vi phạm theo tình trạng"),
            Map.entry("bySanction", "Số vi phạm theo hình thức xử lý"), Map.entry("violations", "Danh sách vi phạm"),
            Map.entry("sanctionedEarlierViolations", "Vi phạm trước kỳ bị xử lý kỷ luật trong kỳ"),
            Map.entry("levels", "Phân bố mức xếp loại (lượt đánh giá tháng)"), Map.entry("reports", "Báo cáo"),
            Map.entry("inspections", "Các đợt kiểm tra"), Map.entry("findings", "Kết quả kiểm tra theo nội dung"),
            Map.entry("reviews", "Sơ kết, tổng kết"), Map.entry("commendations", "Khen thưởng, thu hồi"),
            Map.entry("due", "Sơ kết, tổng kết theo kế hoạch đến hạn trong kỳ"),
            Map.entry("selfInspections", "Các đợt tự kiểm tra"),
            Map.entry("notEvaluated", "Chưa được đánh giá (người, tháng)"),
            Map.entry("onMaternityLeave", "Nghỉ chế độ thai sản cả tháng, không phải đánh giá (người, tháng)"));
    /** The names of the figures an indicator's details hold, as its "Số liệu" table writes them. */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("expected", "Số phải có"), Map.entry("recorded", "Số đã ghi nhận"),
            Map.entry("registered", "Số đã đăng ký"), Map.entry("percent", "Tỷ lệ (%)"),
            Map.entry("people", "Số người"), Map.entry("signed", "Số người đã ký"),
            Map.entry("targetPercent", "Chỉ tiêu (%)"), Map.entry("target", "Chỉ tiêu"),
            Map.entry("respondents", "Số phiếu khảo sát"), Map.entry("satisfied", "Số phiếu hài lòng"),
            Map.entry("previousPeriod", "Kỳ so sánh (cùng kỳ năm trước; kỳ dài hơn một năm: kỳ liền trước cùng độ dài)"),
            Map.entry("previousPercent", "Tỷ lệ cùng kỳ năm trước (%)"),
            Map.entry("previousRespondents", "Số phiếu cùng kỳ năm trước"),
            Map.entry("previousSatisfied", "Số phiếu hài lòng cùng kỳ năm trước"),
            Map.entry("notEvaluatedCount", "Số lượt chưa được đánh giá"),
            Map.entry("onMaternityLeaveCount", "Số lượt nghỉ thai sản cả tháng (không phải đánh giá)"), Map.entry("surveys", "Số cuộc khảo sát"),
            Map.entry("byRecord", "Kết quả theo sổ (trước khi kiểm tra)"),
            Map.entry("years", "Các năm phải có giao ước"), Map.entry("yearsWithout", "Các năm chưa ký giao ước"),
            Map.entry("notSelfInspected", "Đơn vị trực thuộc chưa tự kiểm tra"));

    /** Headings of one indicator's detail where the same key means something else in another's. */
    private static final Map<String, String> INDICATOR_HEADINGS = Map.of(
            "EMULATION_REGISTERED.missing", "Đơn vị chưa đăng ký thi đua (theo năm)");
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("campaignId", "Mã cuộc vận động"), Map.entry("title", "Tên, danh hiệu"),
            Map.entry("kind", "Loại"), Map.entry("scopeUnitId", "Phạm vi áp dụng (đơn vị)"), Map.entry("from", "Từ ngày"),
            Map.entry("to", "Đến ngày"), Map.entry("covenantId", "Mã giao ước"), Map.entry("signedOn", "Ngày ký"),
            Map.entry("units", "Các đơn vị"), Map.entry("unitId", "Đơn vị"), Map.entry("year", "Năm"),
            Map.entry("targets", "Chỉ tiêu"), Map.entry("personId", "Mã cán bộ"), Map.entry("fullName", "Họ và tên"),
            Map.entry("violationId", "Mã vi phạm"), Map.entry("subjectKind", "Đối tượng"),
            Map.entry("subjectId", "Mã đối tượng"), Map.entry("ruleCode", "Quy tắc"),
            Map.entry("occurredOn", "Ngày vi phạm"), Map.entry("status", "Tình trạng"),
            Map.entry("sanction", "Hình thức xử lý"), Map.entry("sanctionDecidedOn", "Ngày quyết định xử lý"),
            Map.entry("annulledSanction", "Hình thức xử lý đã bị hủy"),
            Map.entry("annulledSanctionDecidedOn", "Ngày quyết định đã bị hủy"), Map.entry("positions", "Căn cứ (vị trí)"),
            Map.entry("source", "Nguồn phát hiện"), Map.entry("description", "Nội dung vi phạm"),
            Map.entry("annulledDecisionNo", "Số quyết định đã bị hủy"),
            Map.entry("reportId", "Mã báo cáo"), Map.entry("dueBefore", "Hạn nộp"),
            Map.entry("submittedOn", "Ngày nộp"), Map.entry("inspectionId", "Mã đợt kiểm tra"),
            Map.entry("targetUnitId", "Đơn vị được kiểm tra"), Map.entry("period", "Kỳ"),
            Map.entry("findings", "Kết quả theo nội dung"), Map.entry("closed", "Đã kết luận"),
            Map.entry("team", "Đoàn kiểm tra"), Map.entry("conclusion", "Kết luận"), Map.entry("heldOn", "Ngày tổ chức"),
            Map.entry("chainHead", "Mã băm chuỗi sự kiện"), Map.entry("commendationId", "Mã khen thưởng"),
            Map.entry("recipientId", "Người, đơn vị được khen"), Map.entry("event", "Sự kiện"),
            Map.entry("decisionNo", "Số quyết định"), Map.entry("decidedOn", "Ngày quyết định"),
            Map.entry("reason", "Lý do"), Map.entry("month", "Tháng"),
            Map.entry("item", "Nội dung kiểm tra"), Map.entry("result", "Kết quả"), Map.entry("note", "Ghi chú"),
            Map.entry("position", "Vị trí"), Map.entry("plannedOn", "Ngày dự kiến"),
            Map.entry("openedOn", "Ngày bắt đầu kiểm tra"), Map.entry("replaced", "Đã được thay bằng kết quả sau"));

    /** The columns whose values are codes, shown in Vietnamese. */
    private static final Set<String> CODED = Set.of("status", "subjectKind", "event", "result", "sanction", "kind",
            "title", "annulledSanction", "source");

    private DossierDocument() {
    }

    static ExportDocument of(Dossier dossier, String user, Instant now) {
        return of(dossier, user, now, null);
    }

    /** As above, for a dossier asked for as of {@code moment} (null: a position, or now). */
    static ExportDocument of(Dossier dossier, String user, Instant now, Instant moment) {
        List<ExportTable> tables = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        for (Dossier.Indicator indicator : dossier.indicators()) {
            summary.add(List.of(indicator.label(), value(indicator.status()), indicator.summary(),
                    positions(indicator.entries())));
        }
        tables.add(new ExportTable("Các chỉ số kiểm tra", List.of("Chỉ số", "Kết quả", "Nội dung", "Căn cứ (vị trí)"),
                summary));
        for (Dossier.Indicator indicator : dossier.indicators()) {
            if (indicator.details() == null) {
                continue;
            }
            // the indicator's plain figures (expected, recorded, rates), which its summary only words
            List<List<String>> figures = indicator.details().entrySet().stream()
                    .filter(d -> d.getValue() instanceof Number || d.getValue() instanceof Boolean
                            || ((d.getValue() instanceof CharSequence || d.getValue() instanceof Collection<?>)
                            && FIGURES.containsKey(d.getKey())))
                    .map(d -> List.of(FIGURES.getOrDefault(d.getKey(), COLUMNS.getOrDefault(d.getKey(), d.getKey())),
                            d.getValue() instanceof CharSequence ? value(String.valueOf(d.getValue()))
                                    // a list of years ("2024, 2025"), empty when there is none
                                    : d.getValue() instanceof Collection<?> items ? items.stream()
                                    .map(String::valueOf).collect(Collectors.joining(", ")) : cell(d.getValue())))
                    .toList();
            if (!figures.isEmpty()) {
                tables.add(new ExportTable(indicator.label() + " — Số liệu", List.of("Chỉ tiêu", "Giá trị"), figures));
            }
            Map<?, ?> levelLabels = indicator.details().get("levelLabels") instanceof Map<?, ?> named ? named : Map.of();
            for (Map.Entry<String, Object> detail : indicator.details().entrySet()) {
                if (detail.getKey().equals("levelLabels")) {
                    continue; // told beside each level's count
                }
                String heading = indicator.label() + " — " + INDICATOR_HEADINGS.getOrDefault(
                        indicator.code() + "." + detail.getKey(),
                        HEADINGS.getOrDefault(detail.getKey(), detail.getKey()));
                Object value = detail.getValue();
                if (value instanceof Collection<?> items && !items.isEmpty() && !isScalar(items.iterator().next())) {
                    tables.add(table(heading, items));
                } else if (value instanceof Map<?, ?> counts && !counts.isEmpty()) {
                    boolean rules = detail.getKey().equals("byRule");
                    tables.add(new ExportTable(heading, List.of("Giá trị", "Số lượng"), counts.entrySet().stream()
                            .map(e -> List.of(rules ? CodeLabels.named(String.valueOf(e.getKey()))
                                    : levelLabels.containsKey(e.getKey())
                                    ? e.getKey() + " (" + levelLabels.get(e.getKey()) + ")"
                                    : value(String.valueOf(e.getKey())),
                                    cell(e.getValue()))).toList()));
                }
            }
        }
        return new ExportDocument("Hồ sơ kiểm tra: " + dossier.unitName() + " (" + dossier.unitId() + ")",
                List.of("Kỳ: " + dossier.period() + " (" + dossier.from() + " đến " + dossier.to() + ")",
                        ExportDocument.position(dossier.position(), moment)),
                tables, ExportDocument.footer(now, user));
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
    }

    private static String positions(List<Dossier.Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return "";
        }
        return entries.stream().map(e -> Long.toString(e.position())).distinct().collect(Collectors.joining(", "));
    }

    /** A list of records as a table whose columns are the keys of its records, in the order first met. */
    private static ExportTable table(String heading, Collection<?> items) {
        List<Map<String, Object>> records = items.stream().map(DossierDocument::record).toList();
        List<String> keys = new ArrayList<>();
        records.forEach(r -> r.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        List<List<String>> rows = records.stream()
                .map(r -> keys.stream().map(k -> CODED.contains(k) ? value(String.valueOf(r.get(k)))
                                : k.equals("ruleCode") ? CodeLabels.named(
                                String.valueOf(r.get(k))) : cell(r.get(k)))
                        .toList())
                .toList();
        return new ExportTable(heading, keys.stream().map(k -> COLUMNS.getOrDefault(k, k)).toList(), rows);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Object item) {
        if (item instanceof Map<?, ?> map) {
            Map<String, Object> record = new LinkedHashMap<>();
            map.forEach((k, v) -> record.put(String.valueOf(k), v));
            return record;
        }
        return JSON.convertValue(item, LinkedHashMap.class);
    }

    /** One cell: lists joined, findings as "item: result (note)", absent as empty. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString(); // 80, not 8E+1 as a stripped 80.00 prints itself
        }
        if (value instanceof JsonNode node) {
            return node.isValueNode() ? node.asText() : cell(JSON.convertValue(node, Object.class));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> item instanceof Map<?, ?> finding && finding.containsKey("item")
                    ? value(String.valueOf(finding.get("item"))) + ": " + value(String.valueOf(finding.get("result")))
                            + (finding.get("note") == null ? "" : " (" + finding.get("note") + ")")
                            // which verdict counts: a finding replaced by a later one on its item says so
                            + (Boolean.TRUE.equals(finding.get("replaced")) ? " [" + COLUMNS.get("replaced") + "]" : "")
                    : cell(item)).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + cell(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Boolean bool) {
            return value(bool.toString());
        }
        return String.valueOf(value);
    }

    /** The headings of {@code dossier}'s detail keys and the names of the codes its details hold. */
    static Map<String, Map<String, String>> labelsOf(Dossier dossier) {
        Map<String, String> headings = new java.util.TreeMap<>();
        Map<String, String> codes = new java.util.TreeMap<>();
        for (Dossier.Indicator indicator : dossier.indicators()) {
            if (indicator.details() != null) {
                collect(indicator.details(), headings, codes);
                if (indicator.details().get("levelLabels") instanceof Map<?, ?> levels) {
                    levels.forEach((level, name) -> codes.put(String.valueOf(level), String.valueOf(name)));
                }
            }
        }
        return Map.of("headings", headings, "codes", codes);
    }

    private static void collect(Object node, Map<String, String> headings, Map<String, String> codes) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                String heading = HEADINGS.getOrDefault(name, COLUMNS.getOrDefault(name, FIGURES.get(name)));
                if (heading != null) {
                    headings.put(name, heading);
                }
                // a count by code ({"NK-1": 2}): its keys are codes too
                named(name, codes);
                collect(child, headings, codes);
            });
        } else if (node instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, headings, codes));
        } else if (node instanceof String text) {
            named(text, codes);
        } else if (node != null && !(node instanceof Number) && !(node instanceof Boolean)) {
            // a record of the details (a violation's summary): read as the JSON answer shows it
            collect(JSON.convertValue(node, Object.class), headings, codes);
        }
    }

    /** Keeps {@code code}'s Vietnamese name in {@code codes} when it has one. */
    private static void named(String code, Map<String, String> codes) {
        String name = value(code);
        if (!name.equals(code) && !name.isEmpty()) {
            codes.put(code, name);
        }
    }

    private static String value(String code) {
        return code == null || code.equals("null") ? "" : VALUES.getOrDefault(code,
                CodeLabels.of(code).orElse(code));
    }
}
