package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(CsvExport.field("Nguyễn Thị Thu Hương")).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(CsvExport.field("")).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvExport.field("Không cửa quyền, hách dịch")).isEqualTo("\"Không cửa quyền, hách dịch\"");
        assertThat(CsvExport.field("văn hóa \"xanh, sạch, đẹp\"")).isEqualTo("\"văn hóa \"\"xanh, sạch, đẹp\"\"\"");
        assertThat(CsvExport.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(CsvExport.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(CsvExport.field("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsKeptText() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.field("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field("-A1")).isEqualTo("'-A1");
        assertThat(CsvExport.field("-5")).isEqualTo("-5");
        assertThat(CsvExport.field("-2.5")).isEqualTo("-2.5");
        // a number first does not make the rest harmless
        assertThat(CsvExport.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvExport.field("-.5+A1")).isEqualTo("'-.5+A1");
        assertThat(CsvExport.field("-1-1")).isEqualTo("'-1-1");
        assertThat(CsvExport.field("-1\n")).isEqualTo("\"'-1\n\"");
        assertThat(CsvExport.field("-")).isEqualTo("-");
    }

    @Test
    void fileIsUtf8WithBomAndOneBlockPerTableAfterTheTitle() {
        ExportDocument document = new ExportDocument("Nhật ký kiểm tra: Đơn vị U1", List.of("Kỳ: 2024", "Số mục: 1"),
                List.of(new ExportTable("Nhật ký", List.of("Vị trí", "Nội dung"), List.of(List.of("7", "tên: Bồ Đề, Long Biên"))),
                        new ExportTable("Trống", List.of("A"), List.of())),
                "Xuất lúc 2024-07-01 bởi admin");

        byte[] csv = CsvExport.write(document);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Nhật ký kiểm tra: Đơn vị U1\r\n"
                + "Kỳ: 2024\r\n"
                + "Số mục: 1\r\n"
                + "\r\n"
                + "Nhật ký\r\n"
                + "Vị trí,Nội dung\r\n"
                + "7,\"tên: Bồ Đề, Long Biên\"\r\n"
                + "\r\n"
                + "Trống\r\n"
                + "A\r\n"
                + "\r\n"
                + "Xuất lúc 2024-07-01 bởi admin\r\n");
    }
}
