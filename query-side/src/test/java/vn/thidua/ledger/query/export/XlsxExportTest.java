package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static final ExportDocument DOCUMENT = new ExportDocument("Nhật ký kiểm tra: Đơn vị U1",
            List.of("Kỳ: 2024", "Tính đến vị trí: 12"),
            List.of(new ExportTable("Nhật ký", List.of("Vị trí", "Nội dung"), List.of(
                            List.of("007", "name: Ủy ban nhân dân phường Bồ Đề"),
                            List.of("8", "items: [Không cửa quyền, hách dịch]\nghi chú: dòng hai"))),
                    new ExportTable("Vi phạm [NK-1]", List.of("Mã"), List.of())),
            "Xuất lúc 2024-07-01 10:00:00 +07:00 bởi admin");

    @Test
    void firstSheetTellsWhatTheFileIsAndEachTableHasASheetOfItsOwn() throws IOException {
        try (XSSFWorkbook workbook = open(XlsxExport.write(DOCUMENT))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            assertThat(workbook.getSheetName(1)).isEqualTo("Nhật ký");
            assertThat(workbook.getSheetName(2)).isEqualTo("Vi phạm -NK-1-");
            XSSFSheet info = workbook.getSheetAt(0);
            assertThat(info.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhật ký kiểm tra: Đơn vị U1");
            assertThat(info.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kỳ: 2024");
            assertThat(info.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tính đến vị trí: 12");
            assertThat(texts(info)).contains("Xuất lúc 2024-07-01 10:00:00 +07:00 bởi admin");
        }
    }

    @Test
    void tableSheetHasABoldFrozenHeaderAndTheCellsAsWritten() throws IOException {
        try (XSSFWorkbook workbook = open(XlsxExport.write(DOCUMENT))) {
            XSSFSheet sheet = workbook.getSheet("Nhật ký");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Vị trí");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("007");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("name: Ủy ban nhân dân phường Bồ Đề");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).contains("\nghi chú: dòng hai");
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isLessThan(sheet.getColumnWidth(1));
        }
    }

    @Test
    void aColumnOfNumbersIsNumbersAndOneOfDatesIsDatesWhileIdsStayText() throws IOException {
        ExportDocument document = new ExportDocument("T", List.of(), List.of(new ExportTable("Bảng",
                List.of("Vị trí", "Điểm", "Ngày", "Mã", "Kỳ", "Mã cán bộ"), List.of(
                        List.of("12", "97.99", "2024-05-17", "007", "2024-05", "100"),
                        List.of("13", "", "2024-12-31", "8", "2024-06", "101")))), null);
        try (XSSFWorkbook workbook = open(XlsxExport.write(document))) {
            XSSFSheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(97.99);
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2024, 5, 17));
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("007");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("8");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("2024-05");
            // ids all of digits stay ids
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("100");
        }
    }

    @Test
    void aTableOfFiguresHasEachFigureAsItReadsAndPeriodsStayText() throws IOException {
        ExportDocument document = new ExportDocument("T", List.of(), List.of(new ExportTable("Số liệu",
                List.of("Chỉ tiêu", "Giá trị"), List.of(List.of("Số phiếu khảo sát", "1758"),
                List.of("Tỷ lệ (%)", "93.28"), List.of("Chỉ tiêu", "Tăng hằng năm"),
                List.of("Kỳ so sánh (cùng kỳ năm trước)", "2023")))), "");
        try (XSSFWorkbook workbook = open(XlsxExport.write(document))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1758);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(93.28);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tăng hằng năm");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2023");
        }
    }

    @Test
    void textLongerThanExcelAllowsIsCutAndSaysWhereTheWholeIs() throws IOException {
        String huge = "ư".repeat(40_000);
        ExportDocument document = new ExportDocument("T", List.of(),
                List.of(new ExportTable("Bảng", List.of("A"), List.of(List.of(huge)))), null);
        try (XSSFWorkbook workbook = open(XlsxExport.write(document))) {
            String cell = workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(32_767).startsWith("ưưư").endsWith(XlsxExport.CUT_NOTE);
        }
    }

    private static XSSFWorkbook open(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
        return texts;
    }
}
