package vn.thidua.ledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;

/**
 * The query string of an API request read as API.md writes it: every parameter is given once, an id named by a
 * parameter ({@code unit}, {@code cluster}, {@code person}) has the id's format, and no parameter carries a control
 * character. Checked before any view reads them: otherwise "a b" or "a/b" was looked up and answered 404 as if it
 * could exist, {@code cluster=A&cluster=B} was read as "A,B", and a NUL byte reached PostgreSQL, which refuses it
 * in text (500). A view read (GET) names only parameters it takes: {@code asof=} or {@code peroid=} used to be
 * ignored, answering the head or the default period as if asked for.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> IDS = Set.of("unit", "cluster", "person");
    /** Read by every view's interceptors rather than by the handler: a file where one is offered. */
    private static final Set<String> EVERYWHERE = Set.of("format");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getQueryString() == null) {
            return true;
        }
        // the server drops a parameter it cannot decode, logging it only: asOf=pos:100% then answered the head
        String malformed = malformedParameter(request.getQueryString());
        if (malformed != null) {
            throw RefusedException.invalid("PARAMETER_ENCODING", malformed, "Tham số " + malformed + " không đọc "
                    + "được: mỗi dấu % phải theo sau bởi hai chữ số hệ 16 và các byte phải là văn bản UTF-8 (dấu % "
                    + "viết là %25)");
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
            // every parameter holds one value: a second one was read as "a,b", or silently dropped ("on" of a day)
            if (values.length > 1) {
                throw RefusedException.invalid("PARAMETER_REPEATED", name, "Tham số " + name + " chỉ được nêu "
                        + "một lần; yêu cầu nêu " + values.length + " lần");
            }
            if (IDS.contains(name)) {
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
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && handler instanceof HandlerMethod method) {
            Set<String> taken = taken(method);
            if (taken != null) {
                for (String name : request.getParameterMap().keySet()) {
                    if (!taken.contains(name) && !EVERYWHERE.contains(name)) {
                        throw unknown(name, taken);
                    }
                }
            }
        }
        return true;
    }

    /**
     * The name of the first parameter of {@code query} (as much of it as reads; {@code query} when none does) whose
     * name or value has a % not followed by two hex digits, or escapes that are no UTF-8 text; null when all read.
     */
    static String malformedParameter(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String decodedName = decoded(name);
            if (decodedName == null || (equals >= 0 && decoded(pair.substring(equals + 1)) == null)) {
                String shown = decodedName != null ? decodedName : name;
                return shown.isEmpty() ? "query" : shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
            }
        }
        return null;
    }

    /** {@code part} percent-decoded as UTF-8 ({@code +} a space), or null when it does not decode. */
    private static String decoded(String part) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(part.charAt(i + 1), 16) * 16 + Character.digit(part.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c == '+' ? ' ' : c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static RefusedException unknown(String name, Set<String> taken) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        String alike = taken.stream().filter(known -> known.equalsIgnoreCase(name.strip())).findFirst()
                .map(known -> " (có phải '" + known + "'? tên tham số phân biệt chữ hoa, chữ thường)").orElse("");
        return RefusedException.invalid("PARAMETER_UNKNOWN", shown, "Trang này không có tham số '" + shown + "'"
                + alike + (taken.isEmpty() ? "; trang không nhận tham số nào" : "; các tham số có: "
                + String.join(", ", taken)));
    }

    /**
     * The query parameters a view's handler takes, by the name its annotation gives, else the name it was compiled
     * with; null when it may read others (a map of them, an object bound from them), which are then not checked.
     */
    private static Set<String> taken(HandlerMethod method) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
        for (MethodParameter parameter : method.getMethodParameters()) {
            String name = requestParamName(method, parameter);
            Class<?> type = parameter.getParameterType();
            if (name != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return null;
                }
                names.add(name);
            } else if (!parameter.hasParameterAnnotation(PathVariable.class)
                    && !parameter.hasParameterAnnotation(RequestHeader.class) && !Principal.class.isAssignableFrom(type)
                    && !type.getName().startsWith("jakarta.servlet.") && !Locale.class.equals(type)) {
                return null;
            }
        }
        return names;
    }

    /**
     * The query parameter a handler's parameter takes: by the name its {@link RequestParam} gives, else the name it
     * was compiled with (read from the method itself: Spring discovers parameter names only when it first calls the
     * handler, after the interceptors); null for a parameter that is no {@code @RequestParam}.
     */
    static String requestParamName(HandlerMethod method, MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return null;
        }
        String name = !param.name().isEmpty() ? param.name() : param.value();
        return name.isEmpty() ? method.getMethod().getParameters()[parameter.getParameterIndex()].getName() : name;
    }
}
