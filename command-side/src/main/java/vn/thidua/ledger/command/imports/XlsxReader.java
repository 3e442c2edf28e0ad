package vn.thidua.ledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.thidua.ledger.api.RefusedException;

/**
 * Reads the sheet of an XLSX workbook a user sees on opening it — the active sheet, else the first visible one,
 * never a hidden one — each cell as the text its value is written as: text as is, numbers as exact decimals of the
 * value Excel shows (15 significant digits, so 89.99 stays 89.99 although it is kept as the double 89.98999…),
 * dates as ISO dates, formulas as their last computed value, and a merged cell's value in every cell it covers.
 * The sheet is read as a stream of XML, row by row, and refused as soon as it exceeds the limits of
 * {@link Sheets.Rows}: a workbook model of a file of a few megabytes can take gigabytes.
 */
final class XlsxReader {

    /** Excel keeps and shows 15 significant digits; beyond them a double only carries binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** The largest part of a workbook read, unpacked: a unit's monthly sheet takes a few megabytes. */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        // POI's own guard against archives that unpack to far more than they weigh
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxReader() {
    }

    static Sheet read(byte[] content) {
        Path file = null;
        try {
            // opened from a file, the archive is read part by part instead of unpacked whole into memory
            file = Files.createTempFile("thidua-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                WorkbookFacts facts = workbookFacts(reader);
                // phonetic guides (furigana, <rPh>) are not shown by Excel: they are no part of a cell's text
                SheetHandler handler = new SheetHandler(
                        new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(workbook, false),
                        dateStyles(reader), facts.date1904());
                try (InputStream sheet = reader.getSheet(facts.shownSheet())) {
                    parse(sheet, handler);
                }
                return Sheets.of(handler.rows());
            }
        } catch (RefusedException refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI tells a broken archive or part by many runtime exceptions (POIXMLException, RecordFormatException,
            // EmptyFileException, …), as does a value that is no number: all of them are a file we cannot read
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || String.valueOf(e.getMessage()).contains("too large")) {
                throw Sheets.malformed("Tệp XLSX khi giải nén quá lớn (mỗi phần tối đa " + MAX_PART_BYTES / (1024 * 1024)
                        + " MB); hãy chia thành nhiều tệp");
            }
            throw Sheets.malformed("Không đọc được tệp XLSX: tệp hỏng hoặc không phải bảng tính Excel");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getCause() instanceof RefusedException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** What the workbook part tells: the sheet a user sees on opening it, and the calendar its dates count in. */
    private record WorkbookFacts(String shownSheet, boolean date1904) {
    }

    /**
     * The relationship id of the sheet the workbook opens on, when visible, else of the first visible sheet; and
     * whether its dates count days from 1904 (workbooks made on old Macs) rather than from 1900.
     */
    private static WorkbookFacts workbookFacts(XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        List<String> visible = new ArrayList<>();
        List<String> all = new ArrayList<>();
        int[] activeTab = {0};
        boolean[] date1904 = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            parse(xml, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equals(value);
                    } else if ("workbookView".equals(localName) && attributes.getValue("activeTab") != null) {
                        activeTab[0] = Integer.parseInt(attributes.getValue("activeTab").strip());
                    } else if ("sheet".equals(localName)) {
                        String id = attributes.getValue(RELATIONSHIPS, "id");
                        String state = attributes.getValue("state");
                        all.add(id);
                        if (state == null || "visible".equals(state)) {
                            visible.add(id);
                        }
                    }
                }
            });
        }
        if (visible.isEmpty()) {
            throw Sheets.malformed(all.isEmpty() ? "Tệp XLSX không có trang tính nào"
                    : "Tệp XLSX không có trang tính nào đang hiển thị");
        }
        int active = activeTab[0];
        String shown = active >= 0 && active < all.size() && visible.contains(all.get(active)) ? all.get(active)
                : visible.get(0);
        return new WorkbookFacts(shown, date1904[0]);
    }

    /** A template merges a few titles and headings; a sheet of more ranges is no unit's evaluations. */
    static final int MAX_MERGED_RANGES = 10_000;
    /** The most cells merged ranges may fill: as many as a sheet of the largest size allowed holds. */
    static final long MAX_MERGED_CELLS = (long) (Sheets.MAX_ROWS + Sheets.TITLE_ROWS + 1) * Sheets.MAX_COLUMNS;

    /** Excel keeps at most 64,000 cell formats and a few hundred number formats; more is no Excel file. */
    static final int MAX_CELL_FORMATS = 65_000;
    static final int MAX_NUMBER_FORMATS = 1_000;

    /**
     * Which cell formats (by index, as cells name them) show a date. Only the number formats and the cell formats
     * are read from the styles part, as they stream past: POI's styles model of a part of megabytes would take
     * far more memory than the sheet's rows.
     */
    private static BitSet dateStyles(XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException {
        InputStream xml;
        try {
            xml = reader.getStylesData();
        } catch (OpenXML4JException | RuntimeException none) {
            return new BitSet(); // a workbook without styles: no cell shows a date
        }
        if (xml == null) {
            return new BitSet();
        }
        Map<Integer, String> numberFormats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (xml) {
            parse(xml, new DefaultHandler() {
                private boolean inCellFormats;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    switch (localName) {
                        case "numFmt" -> {
                            if (numberFormats.size() >= MAX_NUMBER_FORMATS) {
                                throw tooManyFormats();
                            }
                            String id = attributes.getValue("numFmtId");
                            String code = attributes.getValue("formatCode");
                            if (id != null && code != null) {
                                numberFormats.put(Integer.parseInt(id.strip()), code);
                            }
                        }
                        case "cellXfs" -> inCellFormats = true;
                        case "xf" -> {
                            if (inCellFormats) {
                                if (cellFormats.size() >= MAX_CELL_FORMATS) {
                                    throw tooManyFormats();
                                }
                                String id = attributes.getValue("numFmtId");
                                cellFormats.add(id == null ? 0 : Integer.parseInt(id.strip()));
                            }
                        }
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if ("cellXfs".equals(localName)) {
                        inCellFormats = false;
                    }
                }
            });
        }
        BitSet dates = new BitSet(cellFormats.size());
        Map<Integer, Boolean> dateFormats = new HashMap<>();
        for (int index = 0; index < cellFormats.size(); index++) {
            int format = cellFormats.get(index);
            if (dateFormats.computeIfAbsent(format, id -> DateUtil.isADateFormat(id,
                    numberFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id))))) {
                dates.set(index);
            }
        }
        return dates;
    }

    private static RefusedException tooManyFormats() {
        return Sheets.malformed("Tệp XLSX có quá nhiều định dạng ô (tối đa " + MAX_CELL_FORMATS
                + "); hãy sao chép dữ liệu sang một bảng tính mới");
    }

    /** The rows of a sheet's XML, as they stream past, with the merged ranges filled in at the end. */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final BitSet dateStyles;
        private final boolean date1904;
        private final Sheets.Rows rows = new Sheets.Rows();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private Set<Integer> uncomputed;

        private int rowNumber;
        private List<String> cells;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean hasValue;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(SharedStrings strings, BitSet dateStyles, boolean date1904) {
            this.strings = strings;
            this.dateStyles = dateStyles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
                    cells = new ArrayList<>();
                    uncomputed = new HashSet<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> {
                    if (merged.size() >= MAX_MERGED_RANGES) {
                        throw Sheets.malformed("Trang tính có hơn " + MAX_MERGED_RANGES + " vùng ô gộp; hãy bỏ gộp ô "
                                + "(Merge & Center) trước khi nhập");
                    }
                    merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "t" -> {
                    if (inInlineText) {
                        hasValue = true;
                    }
                    inInlineText = false;
                }
                case "c" -> endCell();
                case "row" -> {
                    rows.add(new Sheet.Row(rowNumber, cells, uncomputed));
                    cells = null;
                }
                default -> {
                }
            }
        }

        private void endCell() {
            if (cells == null) {
                return;
            }
            Sheets.Rows.checkWidth(rowNumber, column + 1);
            if (formula && (!hasValue || value.isEmpty() && !"str".equals(type))) {
                // a formula written by a program that does not compute it: Excel would show its value, we cannot
                // (an empty text is a value, of a formula giving ""); whether that matters depends on its column
                uncomputed.add(column);
                return;
            }
            if (!hasValue) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text());
        }

        private String text() {
            String raw = value.toString();
            if (type == null || "n".equals(type)) {
                if (raw.isBlank()) {
                    return "";
                }
                double number = Double.parseDouble(raw.strip());
                return isDate() ? date(DateUtil.getLocalDateTime(number, date1904)) : number(number);
            }
            return switch (type) {
                case "s" -> {
                    if (strings == null) {
                        throw new IllegalStateException("a shared string without a table of them");
                    }
                    // read as Excel shows it: the shared strings' reader undoes their escapes
                    yield strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                }
                case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                case "d" -> raw.endsWith("T00:00:00") ? raw.substring(0, raw.length() - "T00:00:00".length()) : raw;
                case "e" -> raw; // an error (#DIV/0!)
                default -> unescaped(raw); // inline text, a formula's text, escaped as shared strings are
            };
        }

        private boolean isDate() {
            return style != null && dateStyles.get(Integer.parseInt(style.strip()));
        }

        List<Sheet.Row> rows() {
            List<Sheet.Row> read = rows.rows();
            if (merged.isEmpty()) {
                return read;
            }
            // a merged cell holds its value in its first cell only; the others show it, so they are given it.
            // Rows are found by number and each range visits only its own rows: a file may hold many ranges.
            NavigableMap<Integer, Sheet.Row> byNumber = new TreeMap<>();
            read.forEach(row -> byNumber.put(row.number(), row));
            Map<Integer, List<String>> changed = new HashMap<>();
            Map<Integer, Set<Integer>> changedUncomputed = new HashMap<>();
            long filled = 0;
            for (CellRangeAddress range : merged) {
                Sheet.Row first = byNumber.get(range.getFirstRow() + 1);
                String shown = first == null ? "" : first.cell(range.getFirstColumn());
                boolean unknown = first != null && first.uncomputed(range.getFirstColumn());
                for (Sheet.Row row : byNumber.subMap(range.getFirstRow() + 1, true, range.getLastRow() + 1, true)
                        .values()) {
                    Sheets.Rows.checkWidth(row.number(), range.getLastColumn() + 1);
                    filled += range.getLastColumn() - range.getFirstColumn() + 1L;
                    if (filled > MAX_MERGED_CELLS) {
                        // ranges may overlap in a file no spreadsheet program wrote: no more than a full sheet
                        throw Sheets.malformed("Các vùng ô gộp của trang tính phủ quá nhiều ô; hãy bỏ gộp ô trước "
                                + "khi nhập");
                    }
                    List<String> cells = changed.computeIfAbsent(row.number(), n -> new ArrayList<>(row.cells()));
                    Set<Integer> unknowns = changedUncomputed.computeIfAbsent(row.number(),
                            n -> new HashSet<>(row.uncomputed()));
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        while (cells.size() <= c) {
                            cells.add("");
                        }
                        cells.set(c, shown);
                        if (unknown) {
                            unknowns.add(c);
                        } else {
                            unknowns.remove(c);
                        }
                    }
                }
            }
            return read.stream().map(row -> changed.containsKey(row.number())
                    ? new Sheet.Row(row.number(), changed.get(row.number()), changedUncomputed.get(row.number()))
                    : row).toList();
        }
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toString();
    }

    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * A text as Excel shows it: the file writes a character XML cannot hold, or a carriage return, as {@code _xHHHH_}
     * (ECMA-376 ST_Xstring), and an underscore that would read as the start of one as {@code _x005F_}.
     */
    static String unescaped(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPED.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }

}
