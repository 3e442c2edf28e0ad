package vn.thidua.ledger.command.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook, each cell as the text its value is written as: text as is, numbers
 * as exact decimals of the value Excel shows (15 significant digits, so 89.99 stays 89.99 although it is kept as
 * the double 89.98999…), dates as ISO dates, formulas as their last computed value.
 */
final class XlsxReader {

    /** Excel keeps and shows 15 significant digits; beyond them a double only carries binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxReader() {
    }

    static Sheet read(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Sheets.malformed("Tệp XLSX không có trang tính nào");
            }
            List<Sheet.Row> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : text(cell, cell.getCellType()));
                }
                rows.add(new Sheet.Row(row.getRowNum() + 1, cells));
            }
            return Sheets.of(rows);
        } catch (IOException | POIXMLException | UnsupportedFileFormatException | EmptyFileException
                 | OpenXML4JRuntimeException | RecordFormatException e) {
            throw Sheets.malformed("Không đọc được tệp XLSX: tệp hỏng hoặc không phải bảng tính Excel");
        }
    }

    private static String text(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
                        : number(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA:
                return text(cell, cell.getCachedFormulaResultType());
            case ERROR:
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            default:
                return "";
        }
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toString();
    }
}
