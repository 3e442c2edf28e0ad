package vn.thidua.ledger.query.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.ledger.query.export.ExportDocument;
import vn.thidua.ledger.query.export.ExportTable;

/** A dossier laid out as a document an inspection team files: the indicators, then what stands behind each. */
final class DossierDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Map<String, String> STATUS = Map.of("MET", "Đạt", "PARTLY_MET", "Đạt một phần",
            "NOT_MET", "Không đạt", "NO_DATA", "Chưa có số liệu");

    private DossierDocument() {
    }

    static ExportDocument of(Dossier dossier, String user, Instant now) {
        List<ExportTable> tables = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        for (Dossier.Indicator indicator : dossier.indicators()) {
            summary.add(List.of(indicator.label(), STATUS.getOrDefault(indicator.status(), indicator.status()),
                    indicator.summary(), positions(indicator.entries())));
        }
        tables.add(new ExportTable("Các chỉ số kiểm tra", List.of("Chỉ số", "Kết quả", "Nội dung", "Căn cứ (vị trí)"),
                summary));
        for (Dossier.Indicator indicator : dossier.indicators()) {
            if (indicator.details() == null) {
                continue;
            }
            for (Map.Entry<String, Object> detail : indicator.details().entrySet()) {
                if (detail.getValue() instanceof Collection<?> items && !items.isEmpty()
                        && items.iterator().next() instanceof Map<?, ?>) {
                    tables.add(table(indicator.label() + " — " + detail.getKey(), items));
                }
            }
        }
        return new ExportDocument("Hồ sơ kiểm tra: " + dossier.unitName() + " (" + dossier.unitId() + ")",
                List.of("Kỳ: " + dossier.period() + " (" + dossier.from() + " đến " + dossier.to() + ")",
                        "Tính đến vị trí: " + dossier.position()),
                tables, "Xuất lúc " + TIME.format(now) + " bởi " + (user == null ? "—" : user));
    }

    private static String positions(List<Dossier.Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return "";
        }
        return entries.stream().map(e -> Long.toString(e.position())).distinct().collect(Collectors.joining(", "));
    }

    /** A list of records as a table whose columns are the keys of its first record. */
    private static ExportTable table(String heading, Collection<?> items) {
        List<String> columns = new ArrayList<>();
        for (Object item : items) {
            for (Object key : ((Map<?, ?>) item).keySet()) {
                if (!columns.contains(key.toString())) {
                    columns.add(key.toString());
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object item : items) {
            Map<?, ?> record = (Map<?, ?>) item;
            rows.add(columns.stream().map(c -> record.get(c) == null ? "" : String.valueOf(record.get(c))).toList());
        }
        return new ExportTable(heading, columns, rows);
    }
}
