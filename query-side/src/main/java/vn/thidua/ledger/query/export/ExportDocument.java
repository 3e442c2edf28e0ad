package vn.thidua.ledger.query.export;

import java.util.List;
import java.util.Objects;

/**
 * What an exported file says, whatever its format: a title, lines that place it ("Đơn vị: …", "Kỳ: …",
 * "Tính đến vị trí: …"), its tables, and an optional footer ("Xuất lúc … bởi …").
 */
public record ExportDocument(String title, List<String> subtitles, List<ExportTable> tables, String footer) {

    public ExportDocument {
        Objects.requireNonNull(title, "title");
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
