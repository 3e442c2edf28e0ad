package vn.thidua.ledger.command.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it, and as spreadsheet programs write it: UTF-8 with or without a byte order
 * mark, comma or semicolon separated (told by the header line; Excel uses semicolons where the decimal mark is
 * a comma, as in Vietnamese), fields in double quotes holding separators, line breaks and doubled quotes.
 * Rows are numbered by record, as a spreadsheet program shows them, not by line.
 */
final class CsvReader {

    private static final char QUOTE = '"';
    /** Lines looked at for the separator: as many as the import looks at for its header. */
    private static final int TITLE_LINES = 10;

    private CsvReader() {
    }

    static Sheet read(byte[] content) {
        return read(content, null);
    }

    /**
     * Reads {@code content} in {@code charset} when one other than UTF-8 was declared with the upload (Excel on a
     * Vietnamese Windows saves "CSV (Comma delimited)" in Windows-1258, whose accents are separate characters:
     * the text is composed, NFC, as typed); otherwise as UTF-8.
     */
    static Sheet read(byte[] content, Charset charset) {
        // a UTF-8 byte order mark says more than a label: browsers and tools declare charsets loosely
        boolean utf8 = charset == null || charset.equals(StandardCharsets.UTF_8)
                || content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
        if (!utf8 && !charset.name().startsWith("UTF") && readsAsUtf8WithAccents(content)) {
            // UTF-8 bytes read as windows-1258 would be stored as "HoĂ n thĂ nh": real windows-1258 text with accents
            // is practically never valid UTF-8, so the label is wrong, and which of the two is right is not guessed
            throw Sheets.malformed("Tệp được khai báo bảng mã " + charset.name() + " nhưng nội dung là UTF-8; hãy "
                    + "chọn bảng mã UTF-8 khi gửi (hoặc lưu lại tệp theo bảng mã đã khai báo)");
        }
        String text = utf8 ? decode(content) : decode(content, charset);
        if (text.indexOf('\0') >= 0) {
            throw Sheets.malformed("Tệp không phải CSV hay XLSX (có ký tự nhị phân)");
        }
        return Sheets.of(records(text, separatorOf(text)).rows());
    }

    /** Whether {@code content} is valid UTF-8 holding at least one character beyond ASCII. */
    private static boolean readsAsUtf8WithAccents(byte[] content) {
        boolean beyondAscii = false;
        for (byte b : content) {
            if (b < 0) {
                beyondAscii = true;
                break;
            }
        }
        if (!beyondAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Sheets.malformed("Tệp CSV phải mã hoá UTF-8 (trong Excel: Lưu thành \"CSV UTF-8\"), hoặc khai báo "
                    + "bảng mã của nó khi gửi: chọn \"Bảng mã\" Windows-1258 trên trang nhập tệp, hoặc gửi kèm "
                    + "Content-Type: text/csv; charset=windows-1258");
        }
    }

    private static String decode(byte[] content, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw Sheets.malformed("Tệp CSV không đọc được theo bảng mã " + charset.name() + " đã khai báo");
        }
    }

    /**
     * The separator the file's lines agree on, told from its first {@value #TITLE_LINES} records (quotes respected):
     * for each of comma and semicolon, how many records split into the same number of fields, more than one. A
     * template's title above the header ("Bảng đánh giá, xếp loại tháng 7;;;" or no separator at all) splits
     * otherwise, and decimal commas in the scores of a semicolon file split unevenly, so the header and its rows
     * decide. More records agreeing wins, then more fields; a tie goes to the semicolon, which Excel writes where
     * the decimal mark is a comma, as in Vietnamese.
     */
    static char separatorOf(String text) {
        List<int[]> counts = new ArrayList<>(); // per record: commas, semicolons
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && counts.size() < TITLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                counts.add(new int[] {commas, semicolons});
                commas = 0;
                semicolons = 0;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (counts.size() < TITLE_LINES && (commas > 0 || semicolons > 0)) {
            counts.add(new int[] {commas, semicolons}); // a last record without its line break
        }
        long[] comma = agreement(counts, 0);
        long[] semicolon = agreement(counts, 1);
        if (comma[0] != semicolon[0]) {
            return comma[0] > semicolon[0] ? ',' : ';';
        }
        return comma[1] > semicolon[1] ? ',' : ';';
    }

    /** How many records share the commonest number (above zero) of the separator, and that number. */
    private static long[] agreement(List<int[]> counts, int separator) {
        java.util.Map<Integer, Long> records = new java.util.HashMap<>();
        for (int[] record : counts) {
            if (record[separator] > 0) {
                records.merge(record[separator], 1L, Long::sum);
            }
        }
        long[] best = {0, 0};
        records.forEach((separators, agreeing) -> {
            if (agreeing > best[0] || agreeing == best[0] && separators > best[1]) {
                best[0] = agreeing;
                best[1] = separators;
            }
        });
        return best;
    }

    static Sheets.Rows records(String text, char separator) {
        Sheets.Rows rows = new Sheets.Rows();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int record = 1;
        boolean quoted = false; // inside a quoted field
        boolean closed = false; // right after the closing quote of a field
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i += 2;
                    continue;
                }
                if (c == QUOTE) {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                Sheets.Rows.checkWidth(record, fields.size() + 1); // a separator opens one more field
                field.setLength(0);
                closed = false;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                rows.add(new Sheet.Row(record++, fields));
                fields = new ArrayList<>();
                field.setLength(0);
                closed = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (closed) {
                throw Sheets.malformed("Dòng " + record + ": sau dấu ngoặc kép đóng một ô phải là dấu phân cách '"
                        + separator + "' hoặc xuống dòng, không phải '" + c + "'");
            } else if (c == QUOTE && field.isEmpty()) {
                quoted = true;
            } else {
                // a quote inside an unquoted field is kept as written, as spreadsheet programs do
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw Sheets.malformed("Dòng " + record + ": một ô mở dấu ngoặc kép mà không đóng");
        }
        if (!fields.isEmpty() || !field.isEmpty() || closed) {
            fields.add(field.toString());
            rows.add(new Sheet.Row(record, fields));
        }
        return rows;
    }
}
