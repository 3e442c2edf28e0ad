package vn.thidua.ledger.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.thidua.ledger.ops.web.ProblemTitles;

/**
 * HTTP Basic for API clients and for the web UI (which asks for the password on its own page and keeps it for the
 * browser tab: no session cookie, so nothing for another site's page to ride on); health, metrics, the API
 * description and the UI's static files stay open. Any account reads; writes need
 * {@link Role#WRITER} or {@link Role#ADMIN}; accounts and rebuilds ({@code /api/admin/**}) need {@link Role#ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // stateless Basic auth: no session cookie to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/actuator/info", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                                "/swagger-ui.html", "/error", "/", "/index.html", "/login", "/login.html",
                                "/ui/**", "/favicon.ico").permitAll()
                        // a rebuild replaces the whole organisation's views: not a unit's administrator's to start
                        .requestMatchers(HttpMethod.POST, "/api/admin/rebuilds/**").access((authentication, context) ->
                                new AuthorizationDecision(isAdmin(authentication.get())
                                        && AccountAttributes.scopeOf(authentication.get()) == null))
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // a GET without its body, and the methods a client asks about: reads too
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/account/password").authenticated()
                        // every other method on the API records facts: a reader may not
                        .requestMatchers("/api/**").hasAnyRole(Role.WRITER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Thi Dua Ledger")
                        .authenticationEntryPoint((request, response, e) -> {
                            // the web UI signs in with its own page: no browser password dialog for its requests
                            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"Thi Dua Ledger\"");
                            }
                            if (e instanceof org.springframework.security.authentication.AccountStatusException) {
                                // told only to whoever gave the account's right password (checked first)
                                problem(request, response, objectMapper, HttpStatus.UNAUTHORIZED, "ACCOUNT_ENABLED",
                                        "Tài khoản đã bị vô hiệu hoá; hãy liên hệ quản trị viên");
                                return;
                            }
                            problem(request, response, objectMapper, HttpStatus.UNAUTHORIZED, "AUTHENTICATED",
                                    "Cần đăng nhập (HTTP Basic) để dùng API này");
                        }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                    String scope = AccountAttributes.scopeOf(signedIn);
                    if (isAdmin(signedIn) && scope != null) {
                        // an administrator is refused only what is the whole organisation's
                        problem(request, response, objectMapper, HttpStatus.FORBIDDEN, "UNIT_SCOPE",
                                "Dựng lại bảng chiếu là việc của quản trị viên toàn tổ chức; tài khoản chỉ quản trị "
                                        + "đơn vị " + scope + " và các đơn vị trực thuộc");
                        return;
                    }
                    problem(request, response, objectMapper, HttpStatus.FORBIDDEN, "ROLE_PERMITS",
                                "Tài khoản không được phép thực hiện thao tác này: "
                                        + (request.getRequestURI().startsWith("/api/admin/")
                                        ? "chỉ quản trị viên (vai trò ADMIN) được quản trị nút"
                                        : "cần vai trò WRITER hoặc ADMIN để ghi; vai trò READER chỉ được đọc"));
                }))
                .addFilterAfter(new AccountAttributes(), BasicAuthenticationFilter.class)
                .build();
    }

    /** A request the firewall refused before any filter read it (a path with ".." or "//", say). */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return (request, response, e) -> {
            ProblemDetail problem = ProblemTitles.titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    RejectedRequests.detail(e)));
            problem.setProperty("rule", "REQUEST_READABLE");
            problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", RejectedRequests.field(e),
                    "message", RejectedRequests.detail(e))));
            write(response, objectMapper, HttpStatus.BAD_REQUEST, problem);
        };
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, ObjectMapper objectMapper,
                                HttpStatus status, String rule, String detail) throws java.io.IOException {
        ProblemDetail problem = ProblemTitles.titled(ProblemDetail.forStatusAndDetail(status, detail));
        try {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException unreadable) {
            // a path no URI can hold: the problem is told without it
        }
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        write(response, objectMapper, status, problem);
    }

    private static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
                              ProblemDetail problem) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        JdbcUserDetailsManager users = new JdbcUserDetailsManager(dataSource);
        // the account's unit scope comes along as one more authority (UNIT_SCOPE:<unit>), cached with the rest
        users.setAuthoritiesByUsernameQuery("""
                WITH asked AS (SELECT CAST(? AS VARCHAR) AS name)
                SELECT a.username, a.authority FROM authorities a, asked WHERE a.username = asked.name
                UNION ALL
                SELECT u.username, '%s' || u.unit_scope FROM users u, asked
                WHERE u.username = asked.name AND u.unit_scope IS NOT NULL""".formatted(
                AccountAttributes.UNIT_SCOPE_PREFIX));
        return users;
    }

    @Bean
    CachingAuthenticationProvider authenticationProvider(JdbcUserDetailsManager users, PasswordEncoder encoder,
                                                         @Value("${thidua.auth-cache-ttl:PT5M}") Duration ttl) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // the password first, the account's state after: a disabled account is told as such only to its owner,
        // never to someone trying names
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new org.springframework.security.authentication
                .AccountStatusUserDetailsChecker());
        return new CachingAuthenticationProvider(passwords, ttl, Clock.systemUTC());
    }
}
