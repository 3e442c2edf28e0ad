package vn.thidua.ledger.query.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers a read request with a file: renders an {@link ExportDocument} in the requested format, with the
 * matching {@code Content-Type} and a {@code Content-Disposition} that keeps the Vietnamese file name.
 */
@Component
public class Exports {

    /**
     * @param format {@code pdf}, {@code xlsx} or {@code csv}; {@code json} (or none) is the caller's own answer
     * @param baseFileName the file name without extension, diacritics welcome
     */
    public ResponseEntity<byte[]> render(ExportDocument document, String format, String baseFileName) {
        return render(document, ExportFormat.parse(format), baseFileName);
    }

    public ResponseEntity<byte[]> render(ExportDocument document, ExportFormat format, String baseFileName) {
        byte[] file = switch (format) {
            case PDF -> PdfExport.write(document);
            case XLSX -> XlsxExport.write(document);
            case CSV -> CsvExport.write(document);
            case JSON -> throw new IllegalArgumentException("JSON is the endpoint's own answer, not an export");
        };
        withoutForcedCharset(format);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentName.contentDisposition(baseFileName, format.extension()))
                .body(file);
    }

    /**
     * The node forces UTF-8 onto every response ({@code server.servlet.encoding.force}), which would label a
     * PDF or a workbook {@code ;charset=UTF-8}; binary files get their bare type instead.
     */
    private static void withoutForcedCharset(ExportFormat format) {
        if (format.mediaType().getCharset() == null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getResponse() != null) {
            servlet.getResponse().setCharacterEncoding(null);
        }
    }
}
