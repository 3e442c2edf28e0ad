package vn.thidua.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.RefusedException;

class SheetsTest {

    private static void refusedBy(String rule, Runnable reading) {
        assertThatThrownBy(reading::run).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule));
    }

    @Test
    void emptyFileIsRefused() {
        refusedBy("IMPORT_FILE_FORMAT", () -> Sheets.read(new byte[0], "text/csv"));
    }

    @Test
    void oldExcelFilesAreRefusedWithAHint() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThatThrownBy(() -> Sheets.read(xls, "application/vnd.ms-excel"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.getMessage()).contains(".xlsx"));
    }

    @Test
    void textDeclaredAsXlsxIsRefused() {
        refusedBy("IMPORT_FILE_FORMAT", () -> Sheets.read("personId\nLB-PNV-01\n".getBytes(StandardCharsets.UTF_8),
                Sheets.XLSX));
    }

    @Test
    void zipThatIsNoWorkbookIsRefused() {
        byte[] zipHeaderOnly = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6};

        refusedBy("IMPORT_FILE_FORMAT", () -> Sheets.read(zipHeaderOnly, null));
    }

    @Test
    void contentIsReadAsCsvWhateverItsLabel() {
        Sheet sheet = Sheets.read("personId\nLB-PNV-01\n".getBytes(StandardCharsets.UTF_8), "application/octet-stream");

        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void moreRowsThanTheLimitAndATitleAreRefusedWhileTheFileIsRead() {
        StringBuilder csv = new StringBuilder("personId\n");
        // the reader lets a template's title rows through; the import counts the rows below its header
        for (int i = 0; i <= Sheets.MAX_ROWS + Sheets.TITLE_ROWS; i++) {
            csv.append("P-").append(i).append('\n');
        }

        refusedBy("IMPORT_FILE_SIZE", () -> Sheets.read(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv"));
    }

    @Test
    void uploadsBeyondTheSizeLimitAreRefusedWithoutReadingThemWhole() {
        byte[] tooLarge = new byte[Sheets.MAX_BYTES + 1];

        refusedBy("IMPORT_FILE_SIZE", () -> Sheets.readAll(new ByteArrayInputStream(tooLarge)));
    }

    @Test
    void aBodyIsReceivedWholeIntoATemporaryFileAndALargeOneLeavesNoFileBehind() throws Exception {
        byte[] content = "personId,TASKS\nLB-PNV-01,60\n".getBytes(StandardCharsets.UTF_8);
        Path spooled = Sheets.spool(new ByteArrayInputStream(content));
        try {
            assertThat(Files.readAllBytes(spooled)).isEqualTo(content);
        } finally {
            Sheets.deleteQuietly(spooled);
        }
        assertThat(spooled).doesNotExist();

        long before = spooledFiles();
        refusedBy("IMPORT_FILE_SIZE", () -> Sheets.spool(new ByteArrayInputStream(new byte[Sheets.MAX_BYTES + 1])));
        assertThat(spooledFiles()).isEqualTo(before);

        java.io.InputStream cut = new java.io.SequenceInputStream(new ByteArrayInputStream(content),
                new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.EOFException("sender gone");
                    }
                });
        refusedBy("IMPORT_FILE_RECEIVED", () -> Sheets.spool(cut));
        assertThat(spooledFiles()).isEqualTo(before);
    }

    private static long spooledFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("thidua-import-")).count();
        }
    }
}
