package vn.thidua.ledger.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook: a first sheet "Thông tin" with the title, subtitles and footer, then one sheet per table whose
 * first row is the bold, frozen header and whose other rows are the data, cell for cell: a column of numbers as
 * numbers, one of dates as dates, any other as text. Written as a
 * stream (a window of rows in memory, the rest in a temporary file, strings inline): a trail of a hundred thousand
 * entries would not fit the heap as a workbook held whole.
 */
final class XlsxExport {

    static final String INFO_SHEET = "Thông tin";
    /** Column widths are counted in characters, without AWT font metrics (servers often have no fonts). */
    private static final int MIN_COLUMN_CHARS = 8;
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Ends a cell cut at Excel's limit. */
    static final String CUT_NOTE = "… [ô bị cắt: Excel giữ tối đa 32.767 ký tự một ô; bản đầy đủ ở tệp CSV, PDF "
            + "hoặc JSON cùng vị trí]";
    private static final int ROWS_IN_MEMORY = 200;

    private XlsxExport() {
    }

    static byte[] write(ExportDocument document) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            info(workbook.createSheet(names.next(INFO_SHEET)), document, styles);
            for (ExportTable table : document.tables()) {
                table(workbook, workbook.createSheet(names.next(table.heading())), table, styles);
            }
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(document.title());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        } finally {
            workbook.dispose(); // its temporary files
        }
    }

    private static void info(Sheet sheet, ExportDocument document, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, document.title(), styles.title);
        for (String subtitle : document.subtitles()) {
            text(sheet.createRow(r++), 0, subtitle, null);
        }
        r++;
        for (ExportTable table : document.tables()) {
            Row row = sheet.createRow(r++);
            text(row, 0, table.heading(), null);
            text(row, 1, table.rows().size() + " dòng", null);
        }
        if (document.footer() != null) {
            text(sheet.createRow(++r), 0, document.footer(), null);
        }
        sheet.setColumnWidth(0, 100 * 256); // the title and subtitles are read, not sorted: one wide column
        sheet.setColumnWidth(1, 12 * 256);
    }

    private static void table(SXSSFWorkbook workbook, Sheet sheet, ExportTable table, Styles styles) {
        List<String> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c), styles.header);
        }
        Kind[] kinds = new Kind[columns.size()];
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = kindOf(table, c);
        }
        int r = 1;
        for (List<String> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                // a row of figures naming rather than counting ("Kỳ so sánh": 2023) stays text, as such a column
                Kind kind = kinds[c] != Kind.EACH ? kinds[c]
                        : IDENTIFYING.matcher(cells.get(0)).find() ? Kind.TEXT : kindOf(value);
                if (value.isEmpty() || kind == Kind.TEXT) {
                    text(row, c, value, wraps(value) ? styles.wrapped : styles.body);
                } else if (kind == Kind.NUMBER) {
                    var cell = row.createCell(c);
                    cell.setCellValue(Double.parseDouble(value));
                    cell.setCellStyle(styles.body);
                } else {
                    var cell = row.createCell(c);
                    cell.setCellValue(java.time.LocalDate.parse(value));
                    cell.setCellStyle(styles.date);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        int lastColumn = columns.size() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, lastColumn));
        if (r > 1) {
            // a column of ids is text on purpose ("007" keeps its zeros): no green triangles for that
            workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).addIgnoredErrors(
                    new CellRangeAddress(1, r - 1, 0, lastColumn), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (width(table, c) + 2) * 256);
        }
    }

    /** What a column's cells are written as. */
    private enum Kind { TEXT, NUMBER, DATE, EACH }

    /** The figures of a table of figures, one quantity a row ("Chỉ tiêu" | "Giá trị"): each cell as it reads. */
    private static final List<String> FIGURES = List.of("Chỉ tiêu", "Giá trị");

    /** A plain number without a leading zero (an id such as "007" is text), as the views write counts and scores. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Headings of columns that name rather than count (ids, periods, decision numbers): text whatever they hold. */
    private static final java.util.regex.Pattern IDENTIFYING =
            java.util.regex.Pattern.compile("^(Mã|Kỳ)|Số quyết định|Số hiệu|\\(mã\\)");

    /**
     * A column holding only numbers (or nothing) is written as numbers, one holding only dates as dates shown
     * dd/mm/yyyy, so that a reader sums and filters them; any other cell in it keeps the whole column text.
     */
    private static Kind kindOf(ExportTable table, int column) {
        if (IDENTIFYING.matcher(table.columns().get(column)).find()) {
            return Kind.TEXT;
        }
        if (column == 1 && table.columns().equals(FIGURES)) {
            return Kind.EACH;
        }
        boolean numbers = true;
        boolean dates = true;
        boolean any = false;
        for (List<String> row : table.rows()) {
            String value = row.get(column);
            if (value.isEmpty()) {
                continue;
            }
            any = true;
            numbers &= NUMBER.matcher(value).matches();
            dates &= DATE.matcher(value).matches() && isDate(value);
            if (!numbers && !dates) {
                return Kind.TEXT;
            }
        }
        return !any ? Kind.TEXT : numbers ? Kind.NUMBER : Kind.DATE;
    }

    /** One cell of a column whose rows hold different quantities. */
    private static Kind kindOf(String value) {
        return NUMBER.matcher(value).matches() ? Kind.NUMBER
                : DATE.matcher(value).matches() && isDate(value) ? Kind.DATE : Kind.TEXT;
    }

    private static boolean isDate(String value) {
        try {
            // a spreadsheet's dates begin in 1900: an earlier one is kept as written
            return java.time.LocalDate.parse(value).getYear() >= 1900;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static int width(ExportTable table, int column) {
        int widest = longestLine(table.columns().get(column)) + 2; // room for the filter button
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, longestLine(row.get(column)));
            if (widest >= MAX_COLUMN_CHARS) {
                return MAX_COLUMN_CHARS;
            }
        }
        return Math.max(MIN_COLUMN_CHARS, widest);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    private static boolean wraps(String value) {
        return value.indexOf('\n') >= 0 || value.length() > MAX_COLUMN_CHARS;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        String text = value;
        if (value.length() > MAX_CELL_CHARS) { // Excel's limit; POI refuses longer text
            // said where it is cut, and where the whole is: a reader must not take the cell for all there is
            int end = MAX_CELL_CHARS - CUT_NOTE.length();
            text = value.substring(0, Character.isLowSurrogate(value.charAt(end)) ? end - 1 : end) + CUT_NOTE;
        }
        var cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);

            body = workbook.createCellStyle();
            body.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(body);
            wrapped.setWrapText(true);
            date = workbook.createCellStyle();
            date.cloneStyleFrom(body);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
