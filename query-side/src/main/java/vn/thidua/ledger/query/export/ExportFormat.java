package vn.thidua.ledger.query.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import vn.thidua.ledger.api.RefusedException;

/** The answers a read endpoint can give for {@code format=}: its JSON (absent or {@code json}) or a file. */
public enum ExportFormat {

    JSON("json", MediaType.APPLICATION_JSON),
    PDF("pdf", MediaType.APPLICATION_PDF),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Reads {@code format=}; absent or blank means JSON, anything unknown is refused with 400. */
    public static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> RefusedException.invalid("EXPORT_FORMAT", "format",
                        "Định dạng không được hỗ trợ: '" + text + "'; chọn một trong: "
                                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "))));
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }
}
