package vn.thidua.ledger.query.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, which is what makes Excel read Vietnamese correctly.
 * The title and subtitles come first, one per line; then each table as a block: a blank line, its heading,
 * its header row and its rows; the footer last.
 */
final class CsvExport {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";
    /**
     * Text a spreadsheet would run as a formula; a leading apostrophe keeps it text (CSV injection). A minus starts
     * one too ({@code -2+3+cmd|…}) unless the whole text is a negative number, or the minus alone.
     */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=+@\\t\\r]|-(?!(?:[0-9]+(?:[.,][0-9]+)?)?\\z))");

    private CsvExport() {
    }

    static byte[] write(ExportDocument document) {
        StringBuilder csv = new StringBuilder(BOM);
        record(csv, List.of(document.title()));
        document.subtitles().forEach(subtitle -> record(csv, List.of(subtitle)));
        for (ExportTable table : document.tables()) {
            csv.append(CRLF);
            record(csv, List.of(table.heading()));
            record(csv, table.columns());
            table.rows().forEach(row -> record(csv, row));
        }
        if (document.footer() != null) {
            csv.append(CRLF);
            record(csv, List.of(document.footer()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
    static String field(String value) {
        String text = FORMULA.matcher(value).find() ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
