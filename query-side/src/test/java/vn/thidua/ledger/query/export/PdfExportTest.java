package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    private static final List<String> SIX = List.of("Vị trí", "Thời điểm ghi nhận", "Loại sự kiện",
            "Thời gian nghiệp vụ", "Người thực hiện", "Nội dung");

    @Test
    void vietnameseTextComesBackOutOfThePdfUnchanged() throws IOException {
        ExportDocument document = new ExportDocument("Nhật ký kiểm tra: Đơn vị BD", List.of("Kỳ: 2024-Q2"),
                List.of(new ExportTable("Nhật ký", List.of("Vị trí", "Nội dung"),
                        List.of(List.of("1", "Ủy ban nhân dân phường Bồ Đề"), List.of("2", "Nguyễn Thị Thu Hương")))),
                "Xuất lúc 2024-07-01 10:00:00 +07:00 bởi admin");

        String text = text(PdfExport.write(document));

        assertThat(text).contains("Nhật ký kiểm tra: Đơn vị BD", "Kỳ: 2024-Q2", "Ủy ban nhân dân phường Bồ Đề",
                "Nguyễn Thị Thu Hương", "Xuất lúc 2024-07-01 10:00:00 +07:00 bởi admin", "Trang 1/1");
    }

    @Test
    void lettersAreSetOneByOneSoThatCopyingGivesThemBackNotALigature() throws IOException {
        ExportDocument document = new ExportDocument("ViolationConfirmed", List.of("official, flow"),
                List.of(new ExportTable("Bảng", List.of("A"), List.of(List.of("CommendationRevoked: fine")))), null);

        // each glyph as the file maps it back to text (the stripper's own text would turn a ligature into letters)
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(document))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(position -> glyphs.append(position.getUnicode()));
                    glyphs.append(' ');
                }
            };
            stripper.getText(pdf);
        }

        assertThat(glyphs.toString()).contains("ViolationConfirmed", "official,", "flow", "fine")
                .doesNotContain("\uFB01", "\uFB02");
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        ExportDocument document = new ExportDocument("Tiêu đề", List.of(),
                List.of(new ExportTable("Bảng", List.of("A"), List.of(List.of("ư ơ đ")))), null);
        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(document))) {
            PDPage page = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
            });
        }
    }

    @Test
    void manyColumnsTurnThePageToLandscape() throws IOException {
        ExportDocument wide = new ExportDocument("T", List.of(), List.of(new ExportTable("B", SIX, List.of())), null);
        ExportDocument narrow = new ExportDocument("T", List.of(),
                List.of(new ExportTable("B", List.of("A", "B", "C"), List.of())), null);
        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(wide))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
        }
        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(narrow))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThan(pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void headerRowIsRepeatedOnEveryPageATableSpans() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> List.of(String.valueOf(i), "2024-07-01 10:00:00 +07:00", "UnitRegistered", "2024",
                        "admin", "name: Đơn vị số " + i))
                .toList();
        ExportDocument document = new ExportDocument("T", List.of(), List.of(new ExportTable("B", SIX, rows)), null);

        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(document))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page)).contains("Thời điểm ghi nhận", "Người thực hiện");
            }
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("name: Đơn vị số 1\n", "name: Đơn vị số 200");
        }
    }

    @Test
    void longCellsWrapInsideTheirColumnAndARowTallerThanAPageIsSplit() throws IOException {
        String longText = "Không cửa quyền, hách dịch, gây khó khăn, phiền hà ".repeat(400);
        ExportDocument document = new ExportDocument("T", List.of(),
                List.of(new ExportTable("B", SIX, List.of(List.of("1", "t", "Loại", "2024", "admin", longText)))), null);

        try (PDDocument pdf = Loader.loadPDF(PdfExport.write(document))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = text(pdf, 1, pdf.getNumberOfPages());
            int words = text.split("phiền hà", -1).length - 1;
            assertThat(words).isEqualTo(400);
            assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isLessThan(200);
        }
    }

    @Test
    void aLongTextWithoutSpacesIsBrokenIntoLinesThatEachFillTheWidth() throws IOException {
        String unbroken = "Đoàn".repeat(50_000);
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PdfExport.regularFont(pdf);
            float width = 120;
            List<String> lines = PdfExport.wrap(unbroken, font, 8, width);

            assertThat(String.join("", lines)).isEqualTo(unbroken);
            for (String line : lines) {
                assertThat(font.getStringWidth(line) / 1000 * 8).isLessThanOrEqualTo(width + 0.01f);
            }
            int offset = 0;
            for (String line : lines.subList(0, lines.size() - 1)) {
                offset += line.length();
                // full: the character that follows would not have fitted
                assertThat(font.getStringWidth(line + unbroken.charAt(offset)) / 1000 * 8).isGreaterThan(width);
            }
        }
    }

    @Test
    void decomposedInputIsComposedAndMissingGlyphsBecomeQuestionMarks() {
        String decomposed = "Hu\u031Bo\u031Bng"; // "Hương" typed with combining marks
        assertThat(PdfExport.printable(decomposed)).isEqualTo("Hương");
        assertThat(PdfExport.printable("a\tb\u0007c\r\nd 検")).isEqualTo("a bc\nd ?");
    }

    @Test
    void emptyTablesAndDocumentsStillRender() throws IOException {
        ExportDocument document = new ExportDocument("Trống", List.of(),
                List.of(new ExportTable("B", List.of("A"), List.of())), null);
        assertThat(text(PdfExport.write(document))).contains("Trống", "(không có dòng nào)");
    }

    private static String text(byte[] file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return text(pdf, 1, pdf.getNumberOfPages());
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        return text(pdf, page, page);
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }
}
