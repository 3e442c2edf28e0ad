package vn.thidua.ledger.ops.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to a request it refuses before the application sees it (a path with an encoded slash,
 * backslash or NUL; a malformed request line): {@code application/problem+json} like every other refusal, never
 * Tomcat's HTML page. The application's own errors never come here: they are answered before.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean invalid = status == 400;
        String detail = invalid
                ? "Yêu cầu bị từ chối trước khi được đọc: đường dẫn, dòng yêu cầu hoặc một tiêu đề (header) không hợp "
                        + "lệ (chứa '%2F', '\\\\', ký tự mã hoá hay ký tự điều khiển không được phép)"
                : "Máy chủ từ chối yêu cầu (mã " + status + ")";
        String json = "{\"type\":\"about:blank\",\"title\":\"" + (invalid ? "Yêu cầu không hợp lệ" : "Lỗi")
                + "\",\"status\":" + status + ",\"detail\":\"" + escaped(detail) + "\""
                // which part is at fault the server does not tell: the request as a whole
                + (invalid ? ",\"rule\":\"REQUEST_READABLE\",\"errors\":[{\"field\":\"request\",\"message\":\""
                + escaped(detail) + "\"}]" : "") + "}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response already committed: nothing more to tell
        }
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
