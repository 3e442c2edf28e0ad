package vn.thidua.ledger.ops.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.command.imports.RowsRefusedException;
import vn.thidua.ledger.query.time.ProjectionProgress;
import vn.thidua.ledger.query.time.ViewCatchingUpException;

/**
 * Every refusal as {@code application/problem+json}: {@code status}, {@code title}, {@code detail}, the
 * {@code rule} that refused it and, for invalid input, {@code errors: [{field, message}]} (for an imported
 * file also {@code row}, {@code column} and {@code rule} of each).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** 421: the request reached a node that does not serve it (Spring names no constant for it). */
    private static final HttpStatusCode MISDIRECTED = HttpStatusCode.valueOf(421);

    private final boolean commandRole;
    private final boolean queryRole;

    ProblemHandler(@Value("${thidua.role.command:true}") boolean commandRole,
                   @Value("${thidua.role.query:true}") boolean queryRole) {
        this.commandRole = commandRole;
        this.queryRole = queryRole;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldProblem(String field, String message, String rule) {

        FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e, jakarta.servlet.http.HttpServletRequest request) {
        if (e.reason() == RefusedException.Reason.NOT_FOUND
                && request.getAttribute(ProjectionProgress.BEHIND_ATTRIBUTE) instanceof String behind) {
            // found missing in a view still behind the stream: it may simply not be projected yet
            String[] positions = behind.split("/");
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + " — chưa thể khẳng định: "
                    + "dữ liệu tra cứu mới cập nhật tới vị trí " + positions[0] + " trong khi dòng sự kiện đã tới vị trí "
                    + positions[1] + "; hãy thử lại sau ít giây");
            problem.setProperty("rule", "VIEW_CATCHING_UP");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                    .body(problem);
        }
        HttpStatus status = statusOf(e);
        ProblemDetail problem = problem(status, e.getMessage());
        problem.setProperty("rule", e.rule());
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", e.fields().stream()
                    .map(f -> new FieldProblem(f.field(), f.message(), f.rule())).toList());
        } else if (status == HttpStatus.BAD_REQUEST) {
            // invalid input always lists its errors (API.md); a refusal of the request as a whole names its body
            problem.setProperty("errors", List.of(new FieldProblem("body", e.getMessage(), e.rule())));
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** An imported file refused as a whole: every problem, each with its row, column and rule. */
    @ExceptionHandler(RowsRefusedException.class)
    ResponseEntity<ProblemDetail> rowsRefused(RowsRefusedException e) {
        HttpStatus status = statusOf(e);
        ProblemDetail problem = problem(status, e.getMessage());
        problem.setProperty("rule", e.rule());
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(status).body(problem);
    }

    /** A body beyond the size of an import: the same answer as a form's file too large. */
    @ExceptionHandler(vn.thidua.ledger.command.imports.FileTooLargeException.class)
    ResponseEntity<ProblemDetail> fileTooLarge(vn.thidua.ledger.command.imports.FileTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setProperty("rule", e.rule());
        problem.setProperty("errors", List.of(new FieldProblem("file", e.getMessage(), e.rule())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /** An import that found no turn to be read: nothing of it was read or stored; the client sends it again. */
    @ExceptionHandler(vn.thidua.ledger.command.imports.ImportsBusyException.class)
    ResponseEntity<ProblemDetail> importsBusy(vn.thidua.ledger.command.imports.ImportsBusyException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("rule", "IMPORT_CAPACITY");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    /** A view asked for a position its projection has not reached yet: "not yet", never another answer. */
    @ExceptionHandler(ViewCatchingUpException.class)
    ResponseEntity<ProblemDetail> viewCatchingUp(ViewCatchingUpException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("rule", "VIEW_CATCHING_UP");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem);
    }

    private static HttpStatus statusOf(RefusedException e) {
        return switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandler::toProblem)
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    /** How Jackson's strict duplicate detection names the field written twice. */
    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile(
            "^Duplicate field '(.*)'");

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        com.fasterxml.jackson.core.JsonParseException syntax = syntaxError(e);
        if (syntax == null && e instanceof EveryFieldJsonConverter.FieldsNotReadable every) {
            // every field of the body that did not read, as the first would be told alone
            return invalid(every.refusals().stream().map(ProblemHandler::unreadableField).toList());
        }
        if (syntax == null && e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && (mapping instanceof MismatchedInputException || mapping.getCause() instanceof Exception)) {
            return invalid(List.of(unreadableField(mapping)));
        }
        java.util.regex.Matcher duplicate = syntax == null ? null
                : DUPLICATE_FIELD.matcher(String.valueOf(syntax.getOriginalMessage()));
        if (duplicate != null && duplicate.find()) {
            String field = duplicate.group(1);
            com.fasterxml.jackson.core.JsonParser parser = syntax.getProcessor();
            if (parser != null) {
                // where it stands: scores.TASKS rather than TASKS
                String path = parser.getParsingContext().pathAsPointer().toString();
                if (path.length() > 1) {
                    field = path.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
                }
            }
            return invalid(List.of(new FieldProblem(field, "trường " + field + " được ghi hai lần ở dòng "
                    + syntax.getLocation().getLineNr() + "; mỗi trường chỉ ghi một lần")));
        }
        // a syntax error is told as the parser saw it; a body of the wrong shape without naming Java types
        String detail = syntax instanceof com.fasterxml.jackson.core.io.JsonEOFException
                ? "JSON không hợp lệ: nội dung dừng giữa chừng (thiếu dấu đóng } hoặc ] hay dấu \" cuối chuỗi)"
                : syntax != null
                ? "JSON không hợp lệ ở dòng " + syntax.getLocation().getLineNr() + ", cột "
                        + syntax.getLocation().getColumnNr() + " (kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc)"
                : e.getCause() instanceof JsonMappingException
                        ? "Thân yêu cầu không đúng dạng: cần một đối tượng JSON với các trường của yêu cầu"
                        : "Thân yêu cầu thiếu hoặc không đọc được";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("rule", "MALFORMED_REQUEST");
        problem.setProperty("errors", List.of(new FieldProblem("body", detail, "MALFORMED_REQUEST")));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body of a type the endpoint does not read: which types it reads, said in the users' language. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String accepted = e.getSupportedMediaTypes().isEmpty() ? ""
                : "; nhận: " + e.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        String detail;
        if (e.getContentType() != null) {
            detail = "Không đọc được nội dung kiểu " + e.getContentType() + accepted;
        } else {
            // the header itself did not parse: most often a charset this Java does not know
            String declared = request.getHeader(HttpHeaders.CONTENT_TYPE);
            detail = "Không hiểu tiêu đề Content-Type '" + declared + "'"
                    + (declared != null && declared.toLowerCase(java.util.Locale.ROOT).contains("charset=")
                    ? ": bảng mã khai báo không được hỗ trợ (hãy dùng UTF-8, hoặc windows-1258 cho CSV của Excel)"
                    : "") + accepted;
        }
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        problem.setProperty("rule", "MEDIA_TYPE_SUPPORTED");
        problem.setProperty("errors", List.of(new FieldProblem("Content-Type", detail, "MEDIA_TYPE_SUPPORTED")));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    /** A multipart upload without its part (an import's {@code file}), said in the users' language. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return invalid(List.of(new FieldProblem(e.getRequestPartName(),
                "thiếu phần '" + e.getRequestPartName() + "' của yêu cầu multipart (tệp gửi lên)")));
    }

    /** A query or path parameter of the wrong type ({@code year=abc}), named, in the users' language. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "" : switch (e.getRequiredType().getSimpleName()) {
            case "int", "Integer", "long", "Long" -> " (cần một số nguyên)";
            case "LocalDate" -> " (cần một ngày như 2024-05-17)";
            case "boolean", "Boolean" -> " (cần true hoặc false)";
            default -> "";
        };
        return invalid(List.of(new FieldProblem(field, "giá trị không hợp lệ: " + e.getValue() + expected)));
    }

    /** A required header left out (an upload's Content-Type), named, in the users' language. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (e instanceof org.springframework.web.bind.MissingRequestHeaderException missing) {
            String header = missing.getHeaderName();
            return invalid(List.of(new FieldProblem(header, "thiếu tiêu đề '" + header + "'"
                    + ("Content-Type".equalsIgnoreCase(header) ? " (kiểu của nội dung gửi lên, ví dụ text/csv)" : ""))));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /** A multipart upload beyond the size allowed: the same answer as a body too large for an import. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "Tệp gửi lên quá lớn; mỗi tệp tối đa " + vn.thidua.ledger.command.imports.Sheets.MAX_BYTES
                / (1024 * 1024) + " MB, hãy chia thành nhiều tệp";
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setProperty("rule", "IMPORT_FILE_SIZE");
        problem.setProperty("errors", List.of(new FieldProblem("file", detail, "IMPORT_FILE_SIZE")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).headers(headers).body(problem);
    }

    /** A required query parameter left out, named, in the users' language. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(List.of(new FieldProblem(e.getParameterName(),
                "thiếu tham số '" + e.getParameterName() + "'")));
    }

    /** A header the firewall refused when the request was read (a value outside ASCII, say): the client's fault. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        String detail = vn.thidua.ledger.ops.security.RejectedRequests.detail(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("rule", "REQUEST_READABLE");
        problem.setProperty("errors", List.of(new FieldProblem(vn.thidua.ledger.ops.security.RejectedRequests.field(e),
                detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống; không có thay đổi nào được ghi");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** The JSON syntax error behind an unreadable body, however Jackson wrapped it; null when the JSON was well formed. */
    private static com.fasterxml.jackson.core.JsonParseException syntaxError(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.JsonParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    /** "; chọn một trong: A, B" for an enum, nothing for other types. */
    private static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; chọn một trong: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static ProblemDetail problem(HttpStatusCode status, String detail) {
        return ProblemTitles.titled(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** Spring's own problems (a path not found, a method not allowed, …) get their title in Vietnamese too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            ProblemTitles.titled(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /**
     * A path this node does not serve: on a node with one role, most likely a request meant for a node with the
     * other (writes go to command nodes, reads to query nodes), said so with 421; else a plain 404.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = "/" + e.getResourcePath();
        if (path.startsWith("/api/") && !(commandRole && queryRole)) {
            return misdirected(e.getHttpMethod().name(), path);
        }
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Không có đường dẫn " + path);
        problem.setProperty("rule", "PATH_EXISTS");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private ResponseEntity<Object> misdirected(String method, String path) {
        String role = commandRole ? "command" : "query";
        // a rebuild is the query side's too, though a POST
        String other = commandRole ? "đọc (truy vấn) và dựng lại khung nhìn do nút có vai trò query"
                : "ghi (lệnh) do nút có vai trò command";
        ProblemDetail problem = problem(MISDIRECTED, "Nút này chỉ chạy vai trò " + role + " (THIDUA_ROLES) và không "
                + "phục vụ " + method + " " + path + "; các yêu cầu " + other + " phục vụ");
        problem.setProperty("rule", "NODE_ROLE");
        return ResponseEntity.status(MISDIRECTED).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        boolean write = !"GET".equals(e.getMethod()) && !"HEAD".equals(e.getMethod());
        if ((write && !commandRole) || (!write && !queryRole)) {
            // the path exists here for the other kind of request (GET /api/units on a query node, say)
            return misdirected(e.getMethod(), request.getDescription(false).replaceFirst("^uri=", ""));
        }
        // what the path answers, as OPTIONS tells it: a path that reads also answers HEAD and OPTIONS
        java.util.Set<org.springframework.http.HttpMethod> methods = new java.util.LinkedHashSet<>(
                e.getSupportedHttpMethods() == null ? java.util.Set.of() : e.getSupportedHttpMethods());
        if (methods.contains(org.springframework.http.HttpMethod.GET)) {
            methods.add(org.springframework.http.HttpMethod.HEAD);
        }
        if (!methods.isEmpty()) {
            methods.add(org.springframework.http.HttpMethod.OPTIONS);
        }
        String allowed = methods.isEmpty() ? ""
                : "; nhận: " + methods.stream().map(Object::toString).collect(Collectors.joining(", "));
        ProblemDetail problem = problem(HttpStatus.METHOD_NOT_ALLOWED, "Đường dẫn này không nhận phương thức "
                + e.getMethod() + allowed);
        problem.setProperty("rule", "METHOD_SUPPORTED");
        HttpHeaders answered = new HttpHeaders();
        answered.addAll(headers);
        if (!methods.isEmpty()) {
            answered.setAllow(methods);
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(answered).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, "Không trả lời được theo Accept của yêu cầu; "
                + "đường dẫn này trả: " + e.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", ")));
        problem.setProperty("rule", "MEDIA_TYPE_ACCEPTABLE");
        // the problem itself is JSON, whatever the client said it accepts
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A field whose value did not read (wrong type or form), named by its path in the body. */
    private static FieldProblem unreadableField(JsonMappingException mapping) {
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        // text and dates are read by the node's own rules (StrictJson), whose messages say why in Vietnamese
        String message = mapping instanceof StrictJson.Refused refused ? refused.getOriginalMessage()
                : mapping instanceof InvalidFormatException invalid
                ? "giá trị không hợp lệ: " + invalid.getValue() + allowedValues(invalid.getTargetType())
                : mapping.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                        ? "số vượt quá giới hạn của trường này"
                : "giá trị không đúng kiểu";
        return new FieldProblem(field, message);
    }

    private static FieldProblem toProblem(FieldError error) {
        // an id's pattern said in words, not as the regular expression the field is checked with
        if ("Pattern".equals(error.getCode()) && error.getArguments() != null
                && java.util.Arrays.stream(error.getArguments()).anyMatch(argument -> argument != null
                        && vn.thidua.ledger.api.EntityId.REGEX.equals(String.valueOf(argument)))) {
            return new FieldProblem(error.getField(), "Mã không hợp lệ: '" + error.getRejectedValue() + "' — mã gồm "
                    + "1 đến 64 ký tự chữ không dấu, số, '.', '_' hoặc '-', và không chỉ là '.' hay '..'", "ID_FORMAT");
        }
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        // the detail says what is wrong, not only where: a client showing the detail alone still tells the user
        String said = errors.stream().map(error -> error.field() + ": " + error.message()).distinct()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ: " + said);
        problem.setProperty("rule", "INPUT_VALID");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
