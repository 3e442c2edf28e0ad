package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** A trail of a hundred thousand entries is written as a stream, every row in its sheet. */
class XlsxExportLargeTest {

    @Test
    void aHundredThousandRowsAreAllWritten() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(List.of(Integer.toString(i), "PersonEvaluationCorrected", "Đánh giá tháng " + (i % 12 + 1)));
        }
        ExportDocument document = new ExportDocument("Nhật ký kiểm toán", List.of("Đơn vị LB-REV"),
                List.of(new ExportTable("Nhật ký", List.of("Vị trí", "Loại sự kiện", "Nội dung"), rows)), null);

        byte[] file = XlsxExport.write(document);

        String sheet = entry(file, "xl/worksheets/sheet2.xml");
        // positions as numbers
        assertThat(sheet).contains("<v>99999.0</v>").contains("Đánh giá tháng 4");
        assertThat(sheet.split("<row ", -1)).hasSize(100_002); // the header and every row
    }

    /** Read by its central directory, as spreadsheet programs do. */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                try (InputStream in = workbook.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
