package vn.thidua.ledger.command.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.command.dispatch.BatchRefusedException;
import vn.thidua.ledger.command.dispatch.BatchResult;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;
import vn.thidua.ledger.command.imports.ImportTurns;
import vn.thidua.ledger.command.imports.Sheet;
import vn.thidua.ledger.command.imports.Sheets;

/**
 * Bulk import of a unit's monthly evaluations from a CSV or XLSX file: checked as a whole (every problem of every
 * row reported together), then stored in one transaction, each row as its own evaluation event, exactly as if
 * entered one by one ({@code PersonEvaluated}, or {@code PersonEvaluationCorrected} for a month already decided).
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Nhập hàng loạt")
class EvaluationImportController {

    private static final String SUMMARY = "Nhập kết quả đánh giá hằng tháng của một đơn vị từ tệp CSV hoặc XLSX "
            + "(bulk import of a unit's monthly evaluations)";
    private static final String DESCRIPTION = """
            Dòng tiêu đề: personId, period (bỏ được khi nêu tham số period), một cột cho mỗi mã tiêu chí \
            (DISCIPLINE, TASKS, BONUS, …), và tùy chọn criteriaSet, stage, note. Ô trống: tiêu chí không chấm \
            (tính 0 điểm). Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi; mọi lỗi được trả về cùng lúc, \
            mỗi lỗi nêu số dòng (dòng tiêu đề là dòng 1) và cột.""";

    /**
     * The answer: the import's id, the position of its last event (or, when it stored none, of the stream's last),
     * how many rows and events, and the position of its first event (none when it stored none).
     */
    record ImportResult(String id, long position, int rows, long events, Long firstPosition) {
    }

    /** What makes two import requests the same one, for Idempotency-Key: the parameters and the file. */
    private record ImportRequest(String unit, String period, String criteriaSet, String fileSha256) {
    }

    /** Two files read and stored at once, a third waiting up to a minute: see {@link ImportTurns}. */
    private final ImportTurns turns = new ImportTurns(2, Duration.ofMinutes(1));
    private final CommandDispatcher dispatcher;
    private final PersonEvaluationImport imports;

    EvaluationImportController(CommandDispatcher dispatcher, PersonEvaluationImport imports) {
        this.dispatcher = dispatcher;
        this.imports = imports;
    }

    @PostMapping(path = "/evaluations",
            // application/vnd.ms-excel: how Windows labels a .csv; the content tells the format, not the label
            consumes = {"text/csv", "text/plain", Sheets.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    "application/vnd.ms-excel"})
    @Operation(summary = SUMMARY, description = DESCRIPTION, requestBody = @io.swagger.v3.oas.annotations.parameters
            .RequestBody(content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = "personId;DISCIPLINE;TASKS;BONUS;note\n"
                                    + "LB-PNV-01;20;62,5;5;Hoàn thành tốt nhiệm vụ\n")),
                    @Content(mediaType = Sheets.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<ImportResult> importFile(
            @Parameter(example = "LB-PNV", description = "đơn vị; mỗi người trong tệp phải công tác tại đơn vị này "
                    + "hoặc đơn vị trực thuộc trong tháng") @RequestParam(required = false) String unit,
            @Parameter(example = "2024-05", description = "tháng của cả tệp; bỏ trống nếu tệp có cột period")
            @RequestParam(required = false) String period,
            @Parameter(example = "VN.HN-3814@1", description = "bộ tiêu chí cho các dòng không nêu; bỏ trống: bộ tiêu "
                    + "chí cá nhân có hiệu lực trong tháng") @RequestParam(required = false) String criteriaSet,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        // the parameters first: a request refused for them is refused before its body is received
        PersonEvaluationImport.Target target = target(unit, period, criteriaSet);
        Path spooled = Sheets.spool(body);
        try {
            return importSheet(unit, period, criteriaSet, target, () -> {
                try {
                    return Files.readAllBytes(spooled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, contentType);
        } finally {
            Sheets.deleteQuietly(spooled);
        }
    }

    @PostMapping(path = "/evaluations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = SUMMARY + ", gửi dạng biểu mẫu (multipart, phần file)", description = DESCRIPTION)
    ResponseEntity<ImportResult> importUpload(
            @Parameter(example = "LB-PNV") @RequestParam(required = false) String unit,
            @Parameter(example = "2024-05") @RequestParam(required = false) String period,
            @Parameter(example = "VN.HN-3814@1") @RequestParam(required = false) String criteriaSet,
            @RequestPart("file") MultipartFile file, MultipartHttpServletRequest form) {
        int files = form.getMultiFileMap().values().stream().mapToInt(java.util.List::size).sum();
        if (files > 1) {
            // which of them the unit meant to send is not for the node to guess, whatever their parts are named
            throw RefusedException.invalid("IMPORT_ONE_FILE", "file", "Mỗi lần nhập một tệp: biểu mẫu có "
                    + files + " tệp; hãy gửi từng tệp một (phần file)");
        }
        return importSheet(unit, period, criteriaSet, target(unit, period, criteriaSet), () -> {
            // the part waits on disk until its import's turn to be read
            try (InputStream content = file.getInputStream()) {
                return Sheets.readAll(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file.getContentType());
    }

    /** The parameters and the account's scope, judged before the file is read. */
    private PersonEvaluationImport.Target target(String unit, String period, String criteriaSet) {
        PersonEvaluationImport.Target target = imports.target(unit, period, criteriaSet);
        imports.requireWithinScope(target.unit(), accountScope());
        return target;
    }

    private ResponseEntity<ImportResult> importSheet(String unit, String period, String criteriaSet,
                                                     PersonEvaluationImport.Target target, Supplier<byte[]> file,
                                                     String contentType) {
        return turns.inTurn(() -> {
            byte[] content = file.get();
            String fileSha256 = sha256(content);
            // read before the transaction opens: no database connection is held while a file is parsed
            Sheet sheet = Sheets.read(content, contentType);
            return store(unit, period, criteriaSet, target, sheet, fileSha256);
        });
    }

    private ResponseEntity<ImportResult> store(String unit, String period, String criteriaSet,
                                               PersonEvaluationImport.Target target, Sheet sheet,
                                               String fileSha256) {
        String importId = UUID.randomUUID().toString();
        List<PersonEvaluationImport.Line> lines = new ArrayList<>();
        ResponseEntity<BatchResult> answer;
        try {
            answer = dispatcher.writeAll(importId, new ImportRequest(unit, period, criteriaSet, fileSha256),
                    () -> {
                        // checked only when the request is no retry of an import already stored
                        // asked again when the batch is decided again: the rows of this attempt only
                        lines.clear();
                        lines.addAll(imports.lines(sheet, target));
                        return lines.stream().map(PersonEvaluationImport.Line::command).toList();
                    },
                    Map.of(MetaDataKeys.IMPORT_ID, importId), imports);
        } catch (BatchRefusedException e) {
            throw PersonEvaluationImport.refusedAt(lines, e);
        }
        BatchResult result = answer.getBody();
        return ResponseEntity.status(answer.getStatusCode()).body(new ImportResult(result.id(), result.position(),
                result.commands(), result.events(), result.events() == 0 ? null : result.firstPosition()));
    }

    /** The unit the signed-in account is limited to, or null for an account of the whole organisation. */
    private static String accountScope() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(MetaDataKeys.UNIT_SCOPE_ATTRIBUTE) instanceof String scope
                ? scope : null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
