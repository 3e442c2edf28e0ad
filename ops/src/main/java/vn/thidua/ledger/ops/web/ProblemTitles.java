package vn.thidua.ledger.ops.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The {@code title} of a problem in the users' language, by its status. */
public final class ProblemTitles {

    private ProblemTitles() {
    }

    public static String of(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Chưa đăng nhập";
            case 403 -> "Không được phép";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không có dạng trả lời phù hợp";
            case 409 -> "Xung đột với dữ liệu hiện có";
            case 413 -> "Nội dung quá lớn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            case 421 -> "Yêu cầu gửi nhầm nút";
            case 500 -> "Lỗi hệ thống";
            case 503 -> "Dịch vụ tạm thời không sẵn sàng";
            default -> status.is4xxClientError() ? "Yêu cầu bị từ chối" : "Lỗi máy chủ";
        };
    }

    /** {@code problem} with its title set in Vietnamese. */
    public static ProblemDetail titled(ProblemDetail problem) {
        problem.setTitle(of(HttpStatusCode.valueOf(problem.getStatus())));
        return problem;
    }
}
