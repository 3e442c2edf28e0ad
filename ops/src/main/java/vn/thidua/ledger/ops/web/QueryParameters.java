package vn.thidua.ledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;

/**
 * The query string of an API request read as API.md writes it: an id named by a parameter ({@code unit},
 * {@code cluster}, {@code person}) has the id's format and is given once, and no parameter carries a control
 * character. Checked before any view reads them: otherwise "a b" or "a/b" was looked up and answered 404 as if it
 * could exist, {@code cluster=A&cluster=B} was read as "A,B", and a NUL byte reached PostgreSQL, which refuses it
 * in text (500).
 */
@Configuration(proxyBeanMethods = false)
class QueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> IDS = Set.of("unit", "cluster", "person");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getQueryString() == null) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            for (String value : values) {
                if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                    throw RefusedException.invalid("PARAMETER_TEXT", name, "Tham số " + name
                            + " chứa ký tự điều khiển (mã ký tự dưới 32), không phải chữ có thể đọc được");
                }
            }
            if (IDS.contains(name)) {
                if (values.length > 1) {
                    throw RefusedException.invalid("PARAMETER_REPEATED", name, "Tham số " + name + " chỉ được nêu "
                            + "một lần; yêu cầu nêu " + values.length + " lần");
                }
                String id = values[0].strip();
                // "." and ".." pass: entities so named before they were refused must stay readable, and a query
                // string is the only way to name them
                if (!id.isEmpty() && !EntityId.isValid(id)) {
                    throw RefusedException.invalid("ID_FORMAT", name, "Mã không hợp lệ ở tham số " + name + ": '"
                            + (id.length() > 80 ? id.substring(0, 80) + "…" : id) + "' — mã gồm 1 đến 64 ký tự chữ "
                            + "không dấu, số, '.', '_' hoặc '-'");
                }
            }
        }
        return true;
    }
}
