package vn.thidua.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxReaderTest {

    /** An XLSX file of one sheet, filled by {@code filling}, with its formulas computed as Excel would. */
    private static byte[] workbook(Consumer<XSSFWorkbook> filling) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.accept(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet read(Consumer<XSSFWorkbook> filling) {
        return Sheets.read(workbook(filling), Sheets.XLSX);
    }

    private static void header(XSSFSheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void numbersStayTheDecimalsTyped() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet("Tháng 5");
            header(s, "personId", "DISCIPLINE", "TASKS", "BONUS");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(1).setCellValue(20);
            row.createCell(2).setCellValue(89.99);
            row.createCell(3).setCellValue(0.0001);
        });

        assertThat(sheet.rows().get(0).cells()).containsExactly("LB-PNV-01", "20", "89.99", "0.0001");
    }

    @ParameterizedTest
    @CsvSource({"89.99, 89.99", "62.5, 62.5", "69.99, 69.99", "0.1, 0.1", "100, 100", "1234567.1234, 1234567.1234"})
    void aDoubleIsReadAsTheDecimalExcelShows(double value, String shown) {
        assertThat(XlsxReader.number(value)).isEqualTo(shown);
    }

    @Test
    void formulasGiveTheirValueWithoutBinaryNoise() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "TASKS");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(1).setCellFormula("0.1+0.2");
        });

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("0.3");
    }

    @Test
    void vietnameseTextAndEmptyCellsAreReadAsWritten() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "DISCIPLINE", "TASKS", "note");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(2).setCellValue(62.5);
            row.createCell(3).setCellValue("Hoàn thành tốt nhiệm vụ được giao");
        });

        assertThat(sheet.rows().get(0).cells()).containsExactly("LB-PNV-01", "", "62.5",
                "Hoàn thành tốt nhiệm vụ được giao");
    }

    @Test
    void rowsKeepTheirNumbersAcrossEmptyRows() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId");
            s.createRow(1).createCell(0).setCellValue("LB-PNV-01");
            s.createRow(4).createCell(0).setCellValue("LB-PNV-02");
        });

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 5);
    }

    @Test
    void datesAreReadAsIsoDates() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "period");
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(1).setCellValue(LocalDate.of(2024, 5, 1));
            row.getCell(1).setCellStyle(monthStyle);
        });

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("2024-05-01");
    }

    @Test
    void onlyTheFirstSheetIsRead() {
        Sheet sheet = read(workbook -> {
            header(workbook.createSheet("Đánh giá"), "personId", "TASKS");
            header(workbook.createSheet("Ghi chú"), "khác");
        });

        assertThat(sheet.header().cells()).isEqualTo(List.of("personId", "TASKS"));
    }
}
