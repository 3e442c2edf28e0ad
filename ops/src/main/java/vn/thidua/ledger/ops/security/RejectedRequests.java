package vn.thidua.ledger.ops.security;

import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * What to tell a client whose request the firewall refused (a path with "..", a header value outside ASCII, …):
 * a 400 naming the part of the request at fault, never a 500 or a bare error page.
 */
public final class RejectedRequests {

    private RejectedRequests() {
    }

    /** The part of the request refused: {@code header} for a header's name or value, else {@code path}. */
    public static String field(RequestRejectedException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("header") ? "header" : "path";
    }

    public static String detail(RequestRejectedException e) {
        return field(e).equals("header")
                ? "Yêu cầu bị từ chối: một tiêu đề (header) có tên hoặc giá trị không hợp lệ — giá trị tiêu đề chỉ "
                        + "gồm ký tự ASCII in được (ví dụ Idempotency-Key không dùng chữ có dấu)"
                : "Yêu cầu bị từ chối: đường dẫn không hợp lệ (chứa '.', '..', '//', ký tự mã hoá hay ký tự điều "
                        + "khiển không được phép)";
    }
}
