package vn.thidua.ledger.ops.embedded;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A node that cannot reach its PostgreSQL says so in two lines — where it tried, as whom, and what the server or
 * the driver answered — instead of a bean-creation chain whose cause sits a hundred lines down.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryInUseException inUse) {
                return new FailureAnalysis("Thư mục dữ liệu " + inUse.directory() + " đang được một PostgreSQL khác "
                        + "dùng (pid " + inUse.pid() + "), có lẽ của một node khác đang chạy / The data directory is "
                        + "in use by another running PostgreSQL, most likely another node's",
                        "Dừng node đang chạy với thư mục này, hoặc đặt THIDUA_DATA_DIR khác cho node mới (mỗi node "
                                + "nhúng một PostgreSQL riêng; nhiều node dùng chung dữ liệu qua THIDUA_DB_URL).",
                        failure);
            }
        }
        Throwable cause = databaseCause(failure);
        if (cause == null) {
            return null;
        }
        String url = environment.getProperty("thidua.db.url", "");
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String where = url.isBlank() ? "PostgreSQL nhúng (embedded)" : url;
        return new FailureAnalysis("Không kết nối được cơ sở dữ liệu " + where + " với người dùng " + user + ": "
                + rootMessage(cause) + " / Cannot reach the database " + where + " as " + user,
                "Kiểm tra THIDUA_DB_URL (dạng jdbc:postgresql://máy:5432/tên_csdl), THIDUA_DB_USER, THIDUA_DB_PASSWORD, "
                        + "rằng máy chủ PostgreSQL đang chạy và cơ sở dữ liệu đã được tạo (createdb); bỏ THIDUA_DB_URL "
                        + "để dùng PostgreSQL nhúng.",
                failure);
    }

    /** The SQL exception, or the driver's refusal of the URL, somewhere in the chain; null when neither. */
    private static Throwable databaseCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
            if (t.getMessage() != null && t.getMessage().contains("must start with \"jdbc\"")) {
                return t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == cause || cause.getMessage() == null ? message : cause.getMessage() + " (" + message + ")";
    }
}
