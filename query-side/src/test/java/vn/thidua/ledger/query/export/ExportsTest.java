package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.thidua.ledger.api.RefusedException;

class ExportsTest {

    private final Exports exports = new Exports();
    private final ExportDocument document = new ExportDocument("Tiêu đề", List.of(),
            List.of(new ExportTable("Bảng", List.of("A"), List.of(List.of("1")))), null);

    @Test
    void eachFormatAnswersItsContentTypeAndAnAttachment() {
        assertThat(type(exports.render(document, "pdf", "Nhật ký"))).isEqualTo("application/pdf");
        assertThat(type(exports.render(document, "XLSX", "Nhật ký")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ResponseEntity<byte[]> csv = exports.render(document, "csv", "Nhật ký");
        assertThat(type(csv)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"Nhat_ky.csv\"; filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD.csv");
        assertThat(csv.getBody()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void unknownFormatIsRefused() {
        assertThatThrownBy(() -> exports.render(document, "docx", "x"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusedException.Reason.INVALID);
                    assertThat(e.rule()).isEqualTo("EXPORT_FORMAT");
                    assertThat(e.field()).isEqualTo("format");
                });
    }

    @Test
    void absentOrJsonFormatIsTheEndpointsOwnAnswer() {
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.parse(" json ")).isEqualTo(ExportFormat.JSON);
        assertThatThrownBy(() -> exports.render(document, "json", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsMustHaveOneCellPerColumnAndMissingCellsAreEmpty() {
        assertThatThrownBy(() -> new ExportTable("B", List.of("A", "B"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        ExportTable table = new ExportTable("B", List.of("A", "B"), List.of(java.util.Arrays.asList("1", null)));
        assertThat(table.rows().get(0)).containsExactly("1", "");
    }

    private static String type(ResponseEntity<byte[]> response) {
        return String.valueOf(response.getHeaders().getContentType());
    }
}
