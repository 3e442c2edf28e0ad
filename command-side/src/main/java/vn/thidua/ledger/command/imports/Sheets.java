package vn.thidua.ledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.thidua.ledger.api.RefusedException;

/**
 * Reads an uploaded file as a {@link Sheet}: an XLSX workbook (its first sheet) or a CSV text. The format is
 * told by the content itself (an XLSX file is a ZIP archive), since browsers and tools label uploads loosely.
 */
public final class Sheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The largest file read: far above a unit's monthly evaluations, far below what would strain a node. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most rows below the header: an import holds the event stream's position counter while it stores. */
    public static final int MAX_ROWS = 5000;
    /** Rows a template may hold above its header (titles, the unit's name, the month): not counted as rows. */
    public static final int TITLE_ROWS = 10;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private Sheets() {
    }

    /** Reads {@code content}, declared as {@code contentType} (null when not declared). */
    public static Sheet read(byte[] content, String contentType) {
        if (content.length == 0) {
            throw malformed("Tệp rỗng");
        }
        if (startsWith(content, ZIP)) {
            return XlsxReader.read(content);
        }
        if (startsWith(content, OLE2)) {
            throw malformed("Tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu không đọc được; hãy lưu thành .xlsx "
                    + "(không đặt mật khẩu) hoặc CSV UTF-8");
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX)) {
            throw malformed("Tệp gửi lên với kiểu XLSX nhưng không phải tệp .xlsx");
        }
        return CsvReader.read(content, declaredCharset(contentType));
    }

    /** The charset an upload's type declares ({@code text/csv; charset=windows-1258}), or null when none. */
    static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    throw malformed("Bảng mã '" + name + "' khai báo cho tệp không được hỗ trợ; hãy lưu tệp thành "
                            + "CSV UTF-8");
                }
            }
        }
        return null;
    }

    /**
     * The body of an upload received whole into a temporary file, refused beyond {@link #MAX_BYTES} without
     * reading further: received before the import waits for its turn, so a slow sender holds no turn and the
     * waiting bodies take disk, not memory. The caller deletes the file.
     */
    public static Path spool(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("thidua-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long received = 0;
                for (int read = received(body, buffer); read >= 0; read = received(body, buffer)) {
                    received += read;
                    if (received > MAX_BYTES) {
                        throw new FileTooLargeException();
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e); // the node's own disk
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static int received(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            // most often the sender gone half-way: nobody hears the answer, but it is no failure of the node
            throw RefusedException.invalid("IMPORT_FILE_RECEIVED", "file", "Tệp gửi lên bị ngắt giữa chừng ("
                    + e.getMessage() + "); hãy gửi lại, không có gì của tệp này được ghi");
        }
    }

    /** Deletes a spooled body, whatever became of its import. */
    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit(); // a temporary file; gone at the latest with the node
            }
        }
    }

    /** The body of an upload, refused beyond {@link #MAX_BYTES} without reading further. */
    public static byte[] readAll(InputStream body) {
        try {
            byte[] content = body.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new FileTooLargeException();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most columns a row may fill: a unit's template has a few dozen. */
    public static final int MAX_COLUMNS = 256;

    /**
     * The rows of a file as they are read, refused as soon as there are more than the limits allow: a file is
     * never held whole as rows (a few megabytes of repeated rows or cells would fill the node's memory).
     */
    static final class Rows {

        private final List<Sheet.Row> filled = new ArrayList<>();

        void add(Sheet.Row row) {
            if (row.blank()) {
                return; // counted by its number, never kept
            }
            if (filled.size() > MAX_ROWS + TITLE_ROWS) {
                throw RefusedException.invalid("IMPORT_FILE_SIZE", "file", "Tệp có hơn " + MAX_ROWS
                        + " dòng dưới dòng tiêu đề; mỗi lần nhập tối đa " + MAX_ROWS + " dòng");
            }
            filled.add(row);
        }

        /** Refuses a row reaching beyond {@link #MAX_COLUMNS} columns, as soon as it does. */
        static void checkWidth(int row, int columns) {
            if (columns > MAX_COLUMNS) {
                throw RefusedException.invalid("IMPORT_FILE_SIZE", "file", "Dòng " + row + " có hơn " + MAX_COLUMNS
                        + " cột; tệp đánh giá chỉ cần personId, các mã tiêu chí và vài cột khác");
            }
        }

        List<Sheet.Row> rows() {
            return filled;
        }
    }

    /** The sheet of {@code rows}, as read from a file: the first non-blank row is the header, blank rows are dropped. */
    static Sheet of(List<Sheet.Row> rows) {
        List<Sheet.Row> filled = rows.stream().filter(row -> !row.blank()).toList();
        if (filled.isEmpty()) {
            throw malformed("Tệp không có dòng tiêu đề (personId, các mã tiêu chí, …)");
        }
        // the rows beyond MAX_ROWS are refused by whoever knows which row heads the table (titles may come first)
        return new Sheet(filled.get(0), new ArrayList<>(filled.subList(1, filled.size())));
    }

    static RefusedException malformed(String message) {
        return RefusedException.invalid("IMPORT_FILE_FORMAT", "file", message);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
