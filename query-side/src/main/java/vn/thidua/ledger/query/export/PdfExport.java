package vn.thidua.ledger.query.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 PDF with DejaVu Sans embedded (subset) so that Vietnamese shows, prints and copies out unchanged on any
 * machine. Landscape when a table has many columns; long cells wrap; a table's header row is repeated on
 * every page it spans; every page carries the footer and its number.
 */
final class PdfExport {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final CmapLookup[] GLYPHS = {cmap(REGULAR), cmap(BOLD)};

    /** Portrait fits four columns of real text; beyond that the page turns. */
    private static final int PORTRAIT_MAX_COLUMNS = 4;
    private static final float MARGIN = 36;
    private static final float PAGE_FOOT = 18;
    private static final float PAD = 3;
    private static final float LINE = 1.22f;
    private static final float TITLE_SIZE = 14;
    private static final float SUBTITLE_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float CELL_SIZE = 8;
    private static final float FOOT_SIZE = 7.5f;
    private static final float HEADER_GREY = 0.88f;

    private PdfExport() {
    }

    static byte[] write(ExportDocument document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = embedded(pdf, REGULAR);
            PDFont bold = embedded(pdf, BOLD);
            boolean wide = document.tables().stream().anyMatch(t -> t.columns().size() > PORTRAIT_MAX_COLUMNS);
            PDRectangle size = wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            try (Layout layout = new Layout(pdf, size, regular, bold)) {
                layout.document(document);
            }
            pageFeet(pdf, regular, document.footer());
            pdf.getDocumentInformation().setTitle(document.title());
            pdf.getDocumentInformation().setCreator("Thi Đua Ledger");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    /** "Xuất lúc … bởi …" and "Trang i/n" at the bottom of every page, once the page count is known. */
    private static void pageFeet(PDDocument pdf, PDFont font, String footer) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            float width = page.getMediaBox().getWidth();
            String number = "Trang " + (i + 1) + "/" + count;
            try (PDPageContentStream ink = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float numberWidth = width(font, FOOT_SIZE, number);
                if (footer != null) {
                    List<String> lines = wrap(printable(footer), font, FOOT_SIZE, width - 2 * MARGIN - numberWidth - 12);
                    text(ink, font, FOOT_SIZE, MARGIN, MARGIN - FOOT_SIZE, lines.get(0));
                }
                text(ink, font, FOOT_SIZE, width - MARGIN - numberWidth, MARGIN - FOOT_SIZE, number);
            }
        }
    }

    /** Lays text out top to bottom, starting a page whenever the next piece does not fit. */
    private static final class Layout implements AutoCloseable {

        private final PDDocument pdf;
        private final PDRectangle size;
        private final PDFont regular;
        private final PDFont bold;
        private final float left;
        private final float usable;
        private final float top;
        private final float bottom;
        private PDPageContentStream ink;
        private float y;

        // the table being drawn, to repeat its header on the pages it spans
        private float[] widths;
        private List<List<String>> headerLines;
        private boolean rowsOnPage;

        Layout(PDDocument pdf, PDRectangle size, PDFont regular, PDFont bold) {
            this.pdf = pdf;
            this.size = size;
            this.regular = regular;
            this.bold = bold;
            this.left = MARGIN;
            this.usable = size.getWidth() - 2 * MARGIN;
            this.top = size.getHeight() - MARGIN;
            this.bottom = MARGIN + PAGE_FOOT;
        }

        void document(ExportDocument document) throws IOException {
            newPage();
            paragraph(document.title(), bold, TITLE_SIZE);
            y -= 4;
            for (String subtitle : document.subtitles()) {
                paragraph(subtitle, regular, SUBTITLE_SIZE);
            }
            for (ExportTable table : document.tables()) {
                y -= 10;
                table(table);
            }
        }

        private void paragraph(String text, PDFont font, float fontSize) throws IOException {
            for (String line : wrap(printable(text), font, fontSize, usable)) {
                if (y - fontSize * LINE < bottom) {
                    newPage();
                }
                y -= fontSize * LINE;
                text(ink, font, fontSize, left, y + fontSize * (LINE - 1), line);
            }
        }

        private void table(ExportTable table) throws IOException {
            widths = columnWidths(table);
            headerLines = cellLines(table.columns(), bold);
            List<List<String>> first = table.rows().isEmpty() ? List.of() : cellLines(table.rows().get(0), regular);
            // the heading, the header row and the first row stay together (a very long first row starts them)
            float together = HEADING_SIZE * LINE + 3 + rowHeight(lineCount(headerLines)) + rowHeight(Math.min(lineCount(first), 8));
            if (y - together < bottom && y < top) {
                newPage();
            }
            paragraph(table.heading(), bold, HEADING_SIZE);
            y -= 3;
            drawRow(headerLines, 0, lineCount(headerLines), true);
            rowsOnPage = false;
            if (table.rows().isEmpty()) {
                y -= 2;
                paragraph("(không có dòng nào)", regular, CELL_SIZE);
            }
            for (List<String> row : table.rows()) {
                row(cellLines(row, regular));
            }
        }

        /** A row that does not fit goes to the next page; one taller than a page is split across pages. */
        private void row(List<List<String>> cells) throws IOException {
            int total = lineCount(cells);
            int from = 0;
            while (from < total) {
                int fit = (int) Math.floor((y - bottom - 2 * PAD) / (CELL_SIZE * LINE) + 1e-3);
                if (fit < total - from && rowsOnPage) {
                    continueTableOnNewPage();
                    continue;
                }
                int count = Math.max(1, Math.min(fit, total - from));
                drawRow(cells, from, count, false);
                rowsOnPage = true;
                from += count;
                if (from < total) {
                    continueTableOnNewPage();
                }
            }
        }

        private void continueTableOnNewPage() throws IOException {
            newPage();
            drawRow(headerLines, 0, lineCount(headerLines), true);
            rowsOnPage = false;
        }

        private void drawRow(List<List<String>> cells, int from, int count, boolean header) throws IOException {
            float height = rowHeight(count);
            float x = left;
            if (header) {
                ink.setNonStrokingColor(HEADER_GREY);
                ink.addRect(left, y - height, usable, height);
                ink.fill();
                ink.setNonStrokingColor(0f);
            }
            ink.setLineWidth(0.5f);
            for (int c = 0; c < cells.size(); c++) {
                ink.addRect(x, y - height, widths[c], height);
                ink.stroke();
                List<String> lines = cells.get(c);
                for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                    float baseline = y - PAD - CELL_SIZE * 0.95f - (i - from) * CELL_SIZE * LINE;
                    text(ink, header ? bold : regular, CELL_SIZE, x + PAD, baseline, lines.get(i));
                }
                x += widths[c];
            }
            y -= height;
        }

        private List<List<String>> cellLines(List<String> cells, PDFont font) throws IOException {
            List<List<String>> lines = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                lines.add(wrap(printable(cells.get(c)), font, CELL_SIZE, widths[c] - 2 * PAD));
            }
            return lines;
        }

        /**
         * Columns whose longest line fits their fair share get it whole (short columns never wrap); the others
         * share what is left, each at least its longest word (within reason) and the rest in proportion to how
         * much more its longest line would need.
         */
        private float[] columnWidths(ExportTable table) throws IOException {
            int n = table.columns().size();
            float[] least = new float[n];
            float[] most = new float[n];
            for (int c = 0; c < n; c++) {
                measure(table.columns().get(c), bold, c, least, most);
                for (List<String> row : table.rows()) {
                    measure(row.get(c), regular, c, least, most);
                }
                least[c] = Math.min(least[c] + 2 * PAD, usable / n * 2);
                most[c] = Math.max(most[c] + 2 * PAD, least[c]);
            }
            float[] widths = new float[n];
            boolean[] settled = new boolean[n];
            float left = usable;
            int open = n;
            for (boolean changed = true; changed && open > 0; ) {
                changed = false;
                float share = left / open;
                for (int c = 0; c < n; c++) {
                    if (!settled[c] && most[c] <= share) {
                        widths[c] = most[c];
                        settled[c] = true;
                        left -= most[c];
                        open--;
                        changed = true;
                    }
                }
            }
            if (open == 0) { // everything fits: spread the spare width in proportion
                float sum = usable - left;
                for (int c = 0; c < n; c++) {
                    widths[c] = widths[c] * usable / sum;
                }
                return widths;
            }
            float leastSum = 0;
            float extraSum = 0;
            for (int c = 0; c < n; c++) {
                if (!settled[c]) {
                    leastSum += least[c];
                    extraSum += most[c] - least[c];
                }
            }
            for (int c = 0; c < n; c++) {
                if (settled[c]) {
                    continue;
                }
                widths[c] = leastSum >= left || extraSum == 0
                        ? least[c] * left / leastSum
                        : least[c] + (left - leastSum) * (most[c] - least[c]) / extraSum;
            }
            return widths;
        }

        private void measure(String cell, PDFont font, int column, float[] least, float[] most) throws IOException {
            String text = printable(cell);
            for (String line : text.split("\n", -1)) {
                most[column] = Math.max(most[column], width(font, CELL_SIZE, line));
                for (String word : line.split(" ")) {
                    least[column] = Math.max(least[column], width(font, CELL_SIZE, word));
                }
            }
        }

        private float rowHeight(int lines) {
            return lines * CELL_SIZE * LINE + 2 * PAD;
        }

        private void newPage() throws IOException {
            if (ink != null) {
                ink.close();
            }
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            ink = new PDPageContentStream(pdf, page);
            y = top;
        }

        @Override
        public void close() throws IOException {
            if (ink != null) {
                ink.close();
            }
        }
    }

    private static int lineCount(List<List<String>> cells) {
        return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
    }

    private static void text(PDPageContentStream ink, PDFont font, float fontSize, float x, float y, String line)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        ink.beginText();
        ink.setFont(font, fontSize);
        ink.newLineAtOffset(x, y);
        ink.showText(line);
        ink.endText();
    }

    /** Greedy line filling on spaces; a word wider than the line is broken between characters. */
    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(font, fontSize, " ");
        width += 0.01f; // a line measured word by word may exceed its own measured width by a rounding error
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" +")) {
                float wordWidth = width(font, fontSize, word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                if (wordWidth > width) {
                    // broken between characters, each measured once: a long unbroken text costs its length, not
                    // its length squared (a name of megabytes once kept a core busy for many minutes)
                    StringBuilder piece = new StringBuilder();
                    float pieceWidth = 0;
                    for (int i = 0; i < word.length(); ) {
                        int codePoint = word.codePointAt(i);
                        String character = new String(Character.toChars(codePoint));
                        float characterWidth = width(font, fontSize, character);
                        if (piece.length() > 0 && pieceWidth + characterWidth > width) {
                            lines.add(piece.toString());
                            piece.setLength(0);
                            pieceWidth = 0;
                        }
                        piece.append(character);
                        pieceWidth += characterWidth;
                        i += Character.charCount(codePoint);
                    }
                    word = piece.toString();
                    wordWidth = pieceWidth;
                }
                line = new StringBuilder(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, float fontSize, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /**
     * Text as the embedded fonts can show it: composed (NFC) so that Vietnamese uses the fonts' precomposed
     * letters, tabs as spaces, line breaks as {@code \n}, other control characters dropped, and any character
     * the fonts lack as "?" rather than a failure.
     */
    static String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // invisible: nothing to show
            } else if (GLYPHS[0].getGlyphId(c) == 0 || GLYPHS[1].getGlyphId(c) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The regular font as the PDF embeds it, for measuring outside a document. */
    static PDFont regularFont(PDDocument pdf) throws IOException {
        return embedded(pdf, REGULAR);
    }

    /**
     * {@code font} embedded in {@code pdf} without its ligatures: PDFBox would set "fi" as one glyph, which a reader
     * copying or searching the file gets as the single character U+FB01, not as the letters written.
     */
    private static PDFont embedded(PDDocument pdf, byte[] font) throws IOException {
        org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
        // no glyph substitution at all: PDFBox's worker for Latin sets its ligatures whatever feature is disabled,
        // and the text is composed (NFC) before it is written, so no other substitution is needed
        ttf.setEnableGsub(false);
        // loaded from a parsed font, the document does not close it by itself
        pdf.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(pdf, ttf, true);
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup lookup = ttf.getUnicodeCmapLookup();
            lookup.getGlyphId('a'); // read now, while the font is open
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
