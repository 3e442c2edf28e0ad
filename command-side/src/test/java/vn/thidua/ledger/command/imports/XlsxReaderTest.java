package vn.thidua.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.thidua.ledger.api.RefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxReaderTest {

    /** An XLSX file of one sheet, filled by {@code filling}, with its formulas computed as Excel would. */
    private static byte[] workbook(Consumer<XSSFWorkbook> filling) {
        return workbook(filling, true);
    }

    private static byte[] workbook(Consumer<XSSFWorkbook> filling, boolean computed) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.accept(workbook);
            if (computed) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code xlsx} with one part's content replaced, as another program would have written it. */
    private static byte[] replacePart(byte[] xlsx, String part, String content) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    out.write(entry.getName().equals(part)
                            ? content.getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet read(Consumer<XSSFWorkbook> filling) {
        return Sheets.read(workbook(filling), Sheets.XLSX);
    }

    private static Row header(XSSFSheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
        return row;
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
    void theSheetTheWorkbookOpensOnIsReadNeverAHiddenOne() {
        Sheet active = read(workbook -> {
            header(workbook.createSheet("Danh mục"), "khác");
            header(workbook.createSheet("Tháng 9"), "personId", "TASKS");
            workbook.setActiveSheet(1);
        });
        assertThat(active.header().cells()).isEqualTo(List.of("personId", "TASKS"));

        Sheet hiddenFirst = read(workbook -> {
            header(workbook.createSheet("Danh mục"), "khác");
            header(workbook.createSheet("Tháng 9"), "personId", "TASKS");
            workbook.setActiveSheet(1);
            workbook.setSheetHidden(0, true);
            workbook.setActiveSheet(0);
        });
        assertThat(hiddenFirst.header().cells()).isEqualTo(List.of("personId", "TASKS"));
    }

    @Test
    void aMergedCellsValueIsInEveryCellItCovers() {
        Sheet sheet = read(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "DISCIPLINE", "TASKS");
            for (int i = 1; i <= 2; i++) {
                Row row = s.createRow(i);
                row.createCell(0).setCellValue("LB-PNV-0" + i);
                row.createCell(2).setCellValue(55 + i);
            }
            s.getRow(1).createCell(1).setCellValue(20);
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 1, 1));
        });

        assertThat(sheet.rows()).extracting(row -> row.cell(1)).containsExactly("20", "20");
    }

    /** An XLSX file whose only sheet is {@code rows}, as XML (inline strings), the way another program writes it. */
    private static byte[] sheetXml(String rows) {
        String sheetXml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
        return replacePart(workbook(workbook -> header(workbook.createSheet(), "x")), "xl/worksheets/sheet1.xml",
                sheetXml);
    }

    private static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void charactersExcelWritesEscapedAreReadAsTheCharactersTheyStandFor() {
        // Excel writes a carriage return inside a cell as _x000D_, and an underscore that would read as one _x005F_
        String shown = "Dòng một\r\nDòng hai _x000D_ giữ nguyên";
        String escaped = "Dòng một_x000D_\nDòng hai _x005F_x000D_ giữ nguyên";
        byte[] shared = replacePart(workbook(workbook -> header(workbook.createSheet(), "x")), "xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>" + escaped + "</t></si></sst>");
        assertThat(Sheets.read(shared, Sheets.XLSX).header().cells()).containsExactly(shown);
        byte[] inline = sheetXml("<row r=\"1\">" + text("A1", escaped) + "</row>");
        assertThat(Sheets.read(inline, Sheets.XLSX).header().cells()).containsExactly(shown);
    }

    @Test
    void phoneticGuidesExcelDoesNotShowAreNoPartOfACellsText() {
        byte[] shared = replacePart(workbook(workbook -> header(workbook.createSheet(), "x")), "xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>Ghi chú</t><rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></si></sst>");
        assertThat(Sheets.read(shared, Sheets.XLSX).header().cells()).containsExactly("Ghi chú");
        byte[] inline = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ghi chú</t>"
                + "<rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></is></c></row>");
        assertThat(Sheets.read(inline, Sheets.XLSX).header().cells()).containsExactly("Ghi chú");
    }

    @Test
    void aFormulaNoProgramComputedIsMarkedUnknownNotReadAsZero() {
        byte[] uncomputed = workbook(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "TASKS");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(1).setCellFormula("60+2.5");
        }, false);

        Sheet.Row row = Sheets.read(uncomputed, Sheets.XLSX).rows().get(0);
        assertThat(row.uncomputed(1)).isTrue();
        assertThat(row.cell(1)).isEmpty();
        assertThat(row.uncomputed(0)).isFalse();
        // as some programs write it: an empty value where the computed one would be
        byte[] emptyValue = sheetXml("<row r=\"1\">" + text("A1", "personId") + text("B1", "TASKS") + "</row>"
                + "<row r=\"2\">" + text("A2", "LB-PNV-01") + "<c r=\"B2\"><f>60+2.5</f><v /></c></row>");
        assertThat(Sheets.read(emptyValue, Sheets.XLSX).rows().get(0).uncomputed(1)).isTrue();
    }

    @Test
    void aFormulaExcelComputedAsEmptyTextIsAnEmptyCell() {
        byte[] emptyText = sheetXml("<row r=\"1\">" + text("A1", "personId") + text("B1", "note") + "</row>"
                + "<row r=\"2\">" + text("A2", "LB-PNV-01") + "<c r=\"B2\" t=\"str\"><f>IF(1=1,\"\",\"x\")</f>"
                + "<v></v></c></row>");

        Sheet.Row row = Sheets.read(emptyText, Sheets.XLSX).rows().get(0);
        assertThat(row.uncomputed(1)).isFalse();
        assertThat(row.cell(1)).isEmpty();
    }

    @Test
    void stylesPartsBeyondWhatExcelWritesAreRefusedWithoutModellingThem() {
        StringBuilder styles = new StringBuilder("<styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><cellXfs>");
        java.util.Random random = new java.util.Random(7); // noise, for the part not to compress like a zip bomb
        for (int i = 0; i <= XlsxReader.MAX_CELL_FORMATS; i++) {
            styles.append("<xf numFmtId=\"0\" xfId=\"").append(random.nextInt()).append("\"/>");
        }
        styles.append("</cellXfs></styleSheet>");
        byte[] swollen = replacePart(workbook(workbook -> header(workbook.createSheet(), "personId")),
                "xl/styles.xml", styles.toString());

        assertThatThrownBy(() -> Sheets.read(swollen, Sheets.XLSX)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.getMessage()).contains("định dạng ô"));
    }

    /** A workbook of one row whose second cell holds {@code date} in {@code format}, counted from 1904 or 1900. */
    private static byte[] oneDate(LocalDate date, String format, boolean date1904) {
        return workbook(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "ngày");
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("LB-PNV-01");
            row.createCell(1).setCellValue(date);
            row.getCell(1).setCellStyle(style);
        });
    }

    @Test
    void aCustomDateFormatIsReadAsADate() {
        Sheet sheet = Sheets.read(oneDate(LocalDate.of(2024, 5, 31), "dd/mm/yyyy", false), Sheets.XLSX);

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("2024-05-31");
    }

    @Test
    void datesOfAWorkbookCountingFrom1904AreReadAsTheDatesShown() {
        // the date is then kept as days from 1904
        byte[] made = oneDate(LocalDate.of(2024, 5, 31), "d/m/yy", true);

        assertThat(Sheets.read(made, Sheets.XLSX).rows().get(0).cell(1)).isEqualTo("2024-05-31");
    }

    @Test
    void moreMergedRangesThanATemplateHoldsAreRefused() {
        StringBuilder merges = new StringBuilder();
        for (int i = 0; i <= XlsxReader.MAX_MERGED_RANGES; i++) {
            merges.append("<mergeCell ref=\"C").append(i + 1).append(":D").append(i + 1).append("\"/>");
        }
        byte[] many = replacePart(workbook(workbook -> header(workbook.createSheet(), "x")),
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        + "main\"><sheetData><row r=\"1\">" + text("A1", "personId") + "</row></sheetData><mergeCells>"
                        + merges + "</mergeCells></worksheet>");

        assertThatThrownBy(() -> Sheets.read(many, Sheets.XLSX)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.getMessage()).contains("ô gộp"));
    }

    @Test
    void overlappingMergedRangesCoveringMoreThanASheetAreRefused() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 1000; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(text("A" + r, "v")).append("</row>");
        }
        String range = "<mergeCell ref=\"A1:IV1000\"/>";
        byte[] overlapping = replacePart(workbook(workbook -> header(workbook.createSheet(), "x")),
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        + "main\"><sheetData>" + rows + "</sheetData><mergeCells>" + range.repeat(10)
                        + "</mergeCells></worksheet>");

        assertThatThrownBy(() -> Sheets.read(overlapping, Sheets.XLSX)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.getMessage()).contains("ô gộp"));
    }

    @Test
    void aMergedCellShowingAnUncomputedFormulaIsUnknownWhereverItShows() {
        byte[] merged = replacePart(workbook(workbook -> header(workbook.createSheet(), "x")),
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        + "main\"><sheetData><row r=\"1\">" + text("A1", "personId") + text("B1", "TASKS")
                        + "</row><row r=\"2\">" + text("A2", "P-1") + "<c r=\"B2\"><f>1+1</f></c></row>"
                        + "<row r=\"3\">" + text("A3", "P-2") + "</row></sheetData>"
                        + "<mergeCells><mergeCell ref=\"B2:B3\"/></mergeCells></worksheet>");

        assertThat(Sheets.read(merged, Sheets.XLSX).rows()).extracting(row -> row.uncomputed(1))
                .containsExactly(true, true);
    }

    @Test
    void aSheetOfMoreRowsOrColumnsThanAllowedIsRefusedWhileItIsRead() {
        byte[] tooLong = workbook(workbook -> {
            XSSFSheet s = workbook.createSheet();
            header(s, "personId", "TASKS");
            for (int i = 1; i <= Sheets.MAX_ROWS + Sheets.TITLE_ROWS + 1; i++) {
                Row row = s.createRow(i);
                row.createCell(0).setCellValue("P-" + i);
                row.createCell(1).setCellValue(50);
            }
        });
        assertThatThrownBy(() -> Sheets.read(tooLong, Sheets.XLSX)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.rule()).isEqualTo("IMPORT_FILE_SIZE"));

        byte[] tooWide = workbook(workbook -> header(workbook.createSheet(), "personId")
                .createCell(Sheets.MAX_COLUMNS + 5).setCellValue("x"));
        assertThatThrownBy(() -> Sheets.read(tooWide, Sheets.XLSX)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.rule()).isEqualTo("IMPORT_FILE_SIZE"));
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
