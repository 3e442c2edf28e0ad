package vn.thidua.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.RefusedException;

class CsvReaderTest {

    private static Sheet read(String text) {
        return Sheets.read(text.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static List<List<String>> cells(Sheet sheet) {
        return sheet.rows().stream().map(Sheet.Row::cells).toList();
    }

    @Test
    void firstRowIsTheHeaderAndRowsKeepTheirSpreadsheetNumbers() {
        Sheet sheet = read("personId,TASKS\nLB-PNV-01,62.5\nLB-PNV-02,70\n");

        assertThat(sheet.header().number()).isEqualTo(1);
        assertThat(sheet.header().cells()).containsExactly("personId", "TASKS");
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 3);
        assertThat(cells(sheet)).containsExactly(List.of("LB-PNV-01", "62.5"), List.of("LB-PNV-02", "70"));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() {
        Sheet sheet = Sheets.read(("\uFEFFpersonId,TASKS\r\nLB-PNV-01,62.5\r\n").getBytes(StandardCharsets.UTF_8),
                "text/csv");

        assertThat(sheet.header().cells()).containsExactly("personId", "TASKS");
        assertThat(cells(sheet)).containsExactly(List.of("LB-PNV-01", "62.5"));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThem() {
        Sheet sheet = read("personId;TASKS;note\nLB-PNV-01;62,5;Tốt, đúng hạn\n");

        assertThat(cells(sheet)).containsExactly(List.of("LB-PNV-01", "62,5", "Tốt, đúng hạn"));
    }

    @Test
    void aTitleLineWithoutSeparatorsLeavesTheSeparatorToTheHeaderBelowIt() {
        Sheet sheet = read("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5\r\n\r\npersonId;TASKS\r\nLB-PNV-01;62,5\r\n");

        assertThat(sheet.header().cells()).containsExactly("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5");
        assertThat(cells(sheet)).containsExactly(List.of("personId", "TASKS"), List.of("LB-PNV-01", "62,5"));
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 4);
    }

    @Test
    void aTitleWithACommaAboveASemicolonHeaderLeavesTheSeparatorToTheHeaderAndItsRows() {
        Sheet sheet = read("Bảng đánh giá, xếp loại tháng 07/2026\nMã CB;GENERAL;TASKS\nQ6;25;60,5\nQ7;26,5;61\n");

        assertThat(cells(sheet)).containsExactly(List.of("Mã CB", "GENERAL", "TASKS"), List.of("Q6", "25", "60,5"),
                List.of("Q7", "26,5", "61"));
    }

    @Test
    void decimalCommasInEveryRowDoNotMakeASemicolonFileACommaFile() {
        Sheet sheet = read("personId;TASKS\nLB-PNV-01;62,5\nLB-PNV-02;60,25\n");

        assertThat(cells(sheet)).containsExactly(List.of("LB-PNV-01", "62,5"), List.of("LB-PNV-02", "60,25"));
    }

    @Test
    void quotedFieldsHoldSeparatorsDoubledQuotesAndLineBreaks() {
        Sheet sheet = read("""
                personId,note,TASKS
                LB-PNV-01,"Hoàn thành ""xuất sắc"", đúng hạn",70
                LB-PNV-02,"dòng một
                dòng hai",65
                LB-PNV-03,"",60
                """);

        assertThat(cells(sheet)).containsExactly(
                List.of("LB-PNV-01", "Hoàn thành \"xuất sắc\", đúng hạn", "70"),
                List.of("LB-PNV-02", "dòng một\ndòng hai", "65"),
                List.of("LB-PNV-03", "", "60"));
        // a line break inside a cell does not make a new spreadsheet row
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 3, 4);
    }

    @Test
    void vietnameseTextRoundTripsUnchanged() {
        Sheet sheet = read("personId,note\nLB-PNV-01,Nguyễn Thị Thu Hương — Phòng Nội vụ quận Long Biên\n");

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("Nguyễn Thị Thu Hương — Phòng Nội vụ quận Long Biên");
    }

    @Test
    void emptyCellsAreEmptyTextAndMissingTrailingCellsToo() {
        Sheet sheet = read("personId,DISCIPLINE,TASKS,BONUS\nLB-PNV-01,,62.5,\nLB-PNV-02,20\n");

        assertThat(cells(sheet)).containsExactly(List.of("LB-PNV-01", "", "62.5", ""), List.of("LB-PNV-02", "20"));
        assertThat(sheet.rows().get(1).cell(3)).isEmpty();
    }

    @Test
    void blankRowsAreSkippedButStillCounted() {
        Sheet sheet = read("personId,TASKS\n\nLB-PNV-01,62.5\n,\nLB-PNV-02,70");

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 5);
    }

    @Test
    void lastRowNeedsNoLineBreak() {
        assertThat(cells(read("personId,TASKS\nLB-PNV-01,62.5"))).containsExactly(List.of("LB-PNV-01", "62.5"));
    }

    @Test
    void unclosedQuoteIsRefusedNamingItsRow() {
        assertThatThrownBy(() -> read("personId,note\nLB-PNV-01,ok\nLB-PNV-02,\"chưa đóng\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("IMPORT_FILE_FORMAT");
                    assertThat(e.getMessage()).contains("Dòng 3");
                });
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> read("personId,note\nLB-PNV-01,\"tốt\"x\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule())
                        .isEqualTo("IMPORT_FILE_FORMAT"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] windows1258 = {'p', 'e', 'r', 's', 'o', 'n', 'I', 'd', '\n', 'H', (byte) 0xF0, 'a'};

        assertThatThrownBy(() -> Sheets.read(windows1258, "text/csv"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("IMPORT_FILE_FORMAT");
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @Test
    void textInTheCharsetDeclaredWithTheUploadIsReadComposed() {
        // as Excel on a Vietnamese Windows saves "CSV (Comma delimited)": Windows-1258, tones as separate marks
        byte[] windows1258 = "personId;Ghi chú\nLB-PNV-01;Ho\u00E0n th\u00E0nh t\u00F4\u0301t\n"
                .getBytes(Charset.forName("windows-1258"));

        Sheet sheet = Sheets.read(windows1258, "text/csv; charset=windows-1258");

        assertThat(sheet.header().cells()).containsExactly("personId", "Ghi chú");
        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("Hoàn thành tốt");
        // a UTF-8 file with its byte order mark is UTF-8, whatever the label says
        byte[] utf8 = "\uFEFFpersonId;Ghi chú\nLB-PNV-01;Tốt\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Sheets.read(utf8, "text/csv; charset=windows-1258").rows().get(0).cell(1)).isEqualTo("Tốt");
        assertThatThrownBy(() -> Sheets.read(windows1258, "text/csv; charset=x-unknown-42"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.getMessage()).contains("x-unknown-42"));
    }

    @Test
    void aUtf8FileLabelledWindows1258IsRefusedRatherThanReadGarbled() {
        byte[] utf8 = "personId;Ghi chú\nLB-PNV-01;Hoàn thành tốt\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Sheets.read(utf8, "text/csv; charset=windows-1258"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("IMPORT_FILE_FORMAT");
                    assertThat(e.getMessage()).contains("windows-1258", "UTF-8");
                });
        // without a letter beyond ASCII the two read alike
        assertThat(Sheets.read("personId;TASKS\nLB-PNV-01;60\n".getBytes(StandardCharsets.US_ASCII),
                "text/csv; charset=windows-1258").rows()).hasSize(1);
    }

    @Test
    void fileWithoutAnyRowHasNoHeader() {
        assertThatThrownBy(() -> read("\n\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule())
                        .isEqualTo("IMPORT_FILE_FORMAT"));
    }

    @Test
    void aRowOfMoreColumnsThanAllowedIsRefusedAsSoonAsItIsRead() {
        // MAX_COLUMNS columns are MAX_COLUMNS - 1 separators: one more column is one too many
        String widest = "personId" + ",x".repeat(Sheets.MAX_COLUMNS - 1) + "\nP-1\n";
        assertThat(read(widest).header().cells()).hasSize(Sheets.MAX_COLUMNS);
        String wide = "personId" + ",x".repeat(Sheets.MAX_COLUMNS) + "\nP-1\n";
        assertThatThrownBy(() -> Sheets.read(wide.getBytes(StandardCharsets.UTF_8), "text/csv"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo("IMPORT_FILE_SIZE"));
    }
}
