package vn.thidua.ledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.ledger.api.RefusedException;

/**
 * {@code format=} asks for a file; a view that offers none refuses it (400) rather than answer its JSON, which a
 * client asking for a file would save under the file's name. Views offering files take the parameter themselves.
 */
@Configuration(proxyBeanMethods = false)
class FilesOnlyWhereOffered implements WebMvcConfigurer, HandlerInterceptor {

    private static final String FORMAT = "format";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String format = request.getParameter(FORMAT);
        if (format == null || format.isBlank() || format.strip().toLowerCase(Locale.ROOT).equals("json")
                || !(handler instanceof HandlerMethod method) || takesFormat(method)) {
            return true;
        }
        throw RefusedException.invalid("EXPORT_FORMAT", FORMAT, "Trang này chỉ trả lời JSON, không xuất tệp '"
                + format + "'; tệp PDF, XLSX, CSV có ở nhật ký kiểm tra (/api/audit/…) và hồ sơ kiểm tra "
                + "(/api/dossiers)");
    }

    /** Whether the handler reads {@code format} itself. */
    private static boolean takesFormat(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .anyMatch(parameter -> FORMAT.equals(QueryParameters.requestParamName(method, parameter)));
    }
}
