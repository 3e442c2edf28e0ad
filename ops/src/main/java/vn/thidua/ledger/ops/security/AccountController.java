package vn.thidua.ledger.ops.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.FieldRefusal;

/**
 * The node's accounts: an administrator opens them with a role, disables and re-enables them, and resets
 * passwords; anyone signed in may change their own password. Accounts are configuration of the node, not facts
 * of the ledger: they are kept in tables, not in the event stream.
 */
@RestController
@Tag(name = "Tài khoản", description = "Tài khoản và quyền: READER (đọc), WRITER (ghi), ADMIN (quản trị)")
class AccountController {

    private static final Pattern USERNAME = Pattern.compile("(?!\\.\\.?$)[A-Za-z0-9._-]{1,64}");
    static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads no further than 72 bytes: a longer password would be checked only by its beginning. */
    static final int MAX_PASSWORD_BYTES = 72;

    record NewAccount(String username, String password, String role,
                      @Schema(example = "LB", description = "đơn vị mà tài khoản được ghi cho (cùng các đơn vị trực "
                              + "thuộc); bỏ trống: toàn tổ chức") String unitScope) {
    }

    record NewScope(@Schema(example = "LB", description = "bỏ trống (null): toàn tổ chức") String unitScope) {
    }

    record NewPassword(String password) {
    }

    /** @param unitScope the unit the account records for, with those below it; null: the whole organisation */
    record Account(String username, String role, boolean enabled, String unitScope) {
    }

    record Accounts(List<Account> accounts) {
    }

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final CachingAuthenticationProvider verifiedCredentials;
    private final JdbcClient jdbc;
    private final AccountChanges changes;
    private final AccountWriteAnswers answers;

    AccountController(JdbcUserDetailsManager users, PasswordEncoder encoder,
                      CachingAuthenticationProvider verifiedCredentials, JdbcClient jdbc, AccountChanges changes,
                      AccountWriteAnswers answers) {
        this.answers = answers;
        this.users = users;
        this.encoder = encoder;
        this.verifiedCredentials = verifiedCredentials;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The actor names the node's own events carry (the system's, the demo history's). */
    static final List<String> RESERVED = List.of("system", "demo");

    @GetMapping("/api/account")
    @Operation(summary = "Tài khoản đang đăng nhập và quyền của nó (who am I)")
    Account me(Principal caller) {
        return existing(caller.getName());
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Danh sách tài khoản (accounts)")
    Accounts accounts(Principal caller) {
        List<Account> all = all();
        // an administrator limited to a unit sees the accounts it manages, and its own: no others' names or roles
        String callerScope = scopeOf(caller.getName());
        return new Accounts(callerScope == null ? all : all.stream()
                .filter(a -> a.username().equals(caller.getName())
                        || (a.unitScope() != null && isWithin(a.unitScope(), callerScope)))
                .toList());
    }

    @PostMapping("/api/admin/users")
    @Operation(summary = "Mở tài khoản với một quyền (open an account with a role)")
    @Transactional
    ResponseEntity<Account> open(@RequestBody NewAccount body, Principal caller, HttpServletRequest http) {
        return answers.once(http, caller, body, HttpStatus.CREATED, () -> opened(body, caller));
    }

    private Account opened(NewAccount body, Principal caller) {
        List<FieldRefusal> problems = new ArrayList<>();
        if (body.username() == null || !USERNAME.matcher(body.username()).matches()) {
            // "." and "..": no path could name the account to manage it
            problems.add(new FieldRefusal("username", "ID_FORMAT",
                    "Tên tài khoản gồm 1–64 ký tự A–Z, a–z, 0–9, '.', '_', '-', và không chỉ là '.' hay '..'"));
        }
        passwordProblem(body.password()).ifPresent(problems::add);
        Role role = null;
        try {
            role = body.role() == null ? null : Role.valueOf(body.role());
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (role == null) {
            problems.add(new FieldRefusal("role", "ENUM_VALUE", "Quyền phải là một trong READER, WRITER, ADMIN"));
        }
        if (body.username() != null && RESERVED.contains(body.username().toLowerCase(java.util.Locale.ROOT))) {
            // the node records its own events under these names: an account of the same name would merge with it
            problems.add(new FieldRefusal("username", "USERNAME_RESERVED", "Tên tài khoản " + body.username()
                    + " dành cho chính hệ thống (" + String.join(", ", RESERVED) + "); hãy chọn tên khác"));
        }
        if (!problems.isEmpty()) {
            throw RefusedException.invalid(problems);
        }
        String scope = scopeUnit(body.unitScope());
        requireGrantable(caller, scope);
        // "r2-officer" and "R2-OFFICER" would be two accounts nobody can tell apart in a list or an audit trail;
        // accounts are opened one at a time (on any node), so two requests at once cannot both pass the check
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('thidua-accounts'))").query((rs, n) -> n).list();
        String taken = jdbc.sql("SELECT username FROM users WHERE lower(username) = lower(?) ORDER BY username")
                .param(body.username()).query(String.class).list().stream().findFirst().orElse(null);
        if (taken != null) {
            throw RefusedException.conflict("USERNAME_UNIQUE", "username", "Tài khoản " + taken + " đã có"
                    + (taken.equals(body.username()) ? "" : " (tên tài khoản không phân biệt chữ hoa, chữ thường)"));
        }
        users.createUser(User.withUsername(body.username()).password(encoder.encode(body.password()))
                .authorities(role.authority()).build());
        jdbc.sql("UPDATE users SET unit_scope = ? WHERE username = ?").params(scope, body.username()).update();
        Account opened = new Account(body.username(), role.name(), true, scope);
        changes.record(caller.getName(), opened.username(), AccountChanges.Change.OPENED);
        return opened;
    }

    @PostMapping("/api/admin/users/{username}/scope")
    @Operation(summary = "Giới hạn tài khoản vào một đơn vị và các đơn vị trực thuộc, hoặc bỏ giới hạn "
            + "(limit an account to a part of the organisation)")
    @Transactional
    ResponseEntity<Account> rescope(@PathVariable String username,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media
                            .Content(schema = @Schema(implementation = NewScope.class)))
                    @RequestBody com.fasterxml.jackson.databind.JsonNode body, Principal caller,
                    HttpServletRequest http) {
        return answers.once(http, caller, body, HttpStatus.OK, () -> rescoped(username, body, caller));
    }

    private Account rescoped(String username, com.fasterxml.jackson.databind.JsonNode body, Principal caller) {
        // lifting a scope is said, not implied by a field left out; a body that says nothing is told so first
        if (body == null || !body.isObject() || !body.has("unitScope")
                || !(body.get("unitScope").isNull() || body.get("unitScope").isTextual())) {
            throw RefusedException.invalid("UNIT_SCOPE_GIVEN", "unitScope", body != null && body.has("unitScope")
                    ? "unitScope phải là mã một đơn vị (chuỗi), hoặc null để tài khoản ghi cho toàn tổ chức; không phải "
                            + body.get("unitScope")
                    : "Phải nêu unitScope: mã một đơn vị, hoặc null để tài khoản ghi cho toàn tổ chức");
        }
        Account account = locked(username, caller);
        if (account.username().equals(caller.getName())) {
            throw RefusedException.conflict("NOT_SELF", "username",
                    "Không thể tự đổi phạm vi của tài khoản đang dùng");
        }
        requireManageable(caller, account);
        String scope = scopeUnit(body.get("unitScope").isNull() ? null : body.get("unitScope").asText());
        requireGrantable(caller, scope);
        if (java.util.Objects.equals(scope, account.unitScope())) {
            return account; // the scope it already has: nothing changes, nothing is recorded (as enabling an enabled one)
        }
        jdbc.sql("UPDATE users SET unit_scope = ? WHERE username = ?").params(scope, account.username()).update();
        // the new scope applies to the next request, not once cached credentials expire
        verifiedCredentials.clear();
        Account scoped = new Account(account.username(), account.role(), account.enabled(), scope);
        changes.record(caller.getName(), scoped.username(), AccountChanges.Change.SCOPED);
        return scoped;
    }

    @GetMapping("/api/admin/users/{username}/changes")
    @Operation(summary = "Lịch sử của một tài khoản: ai mở, giới hạn, khóa, mở khóa, đặt lại mật khẩu, khi nào "
            + "(an account's history)")
    AccountChanges.History history(@PathVariable String username, Principal caller) {
        Account account = existingFor(caller, username);
        if (!account.username().equals(caller.getName())) {
            requireManageable(caller, account);
        }
        return new AccountChanges.History(account.username(), changes.of(account.username()));
    }

    /**
     * An administrator limited to a unit manages only accounts limited to that unit or units below it: one of the
     * whole organisation, or of a unit beside it, is out of its reach (else it could lift its own limit by proxy).
     */
    private void requireManageable(Principal caller, Account account) {
        String callerScope = scopeOf(caller.getName());
        if (callerScope != null && (account.unitScope() == null || !isWithin(account.unitScope(), callerScope))) {
            throw outOfReach(callerScope);
        }
    }

    /**
     * The refusal of an account out of a limited administrator's reach, the same whether it exists or not and
     * whatever it is limited to: the answer tells no account's name or scope beyond the administrator's own units.
     */
    private static RefusedException outOfReach(String callerScope) {
        return new RefusedException(RefusedException.Reason.FORBIDDEN, "UNIT_SCOPE", "username",
                "Tài khoản quản trị chỉ được quản lý các tài khoản giới hạn trong đơn vị " + callerScope
                        + " và các đơn vị trực thuộc");
    }

    /** The account of that name as {@link #existing}, for an administrator limited to a unit one it may not know of. */
    private Account existingFor(Principal caller, String username) {
        try {
            return existing(username);
        } catch (RefusedException absent) {
            String callerScope = scopeOf(caller.getName());
            if (callerScope != null && absent.reason() == RefusedException.Reason.NOT_FOUND) {
                throw outOfReach(callerScope);
            }
            throw absent;
        }
    }

    /** An administrator limited to a unit grants no wider scope than its own. */
    private void requireGrantable(Principal caller, String scope) {
        String callerScope = scopeOf(caller.getName());
        if (callerScope != null && (scope == null || !isWithin(scope, callerScope))) {
            throw new RefusedException(RefusedException.Reason.FORBIDDEN, "UNIT_SCOPE", "unitScope",
                    "Tài khoản quản trị chỉ được giao phạm vi trong đơn vị " + callerScope
                            + " và các đơn vị trực thuộc, không phải "
                            + (scope == null ? "toàn tổ chức" : "đơn vị " + scope));
        }
    }

    /** The account's scope, its row held for the transaction: a limit being narrowed meanwhile is waited for. */
    private String scopeOf(String username) {
        return jdbc.sql("SELECT unit_scope FROM users WHERE username = ? FOR SHARE").param(username)
                .query(String.class).optional().orElse(null);
    }

    /** Whether {@code unit} is {@code scope} or lies below it in today's tree of units. */
    private boolean isWithin(String unit, String scope) {
        return jdbc.sql("""
                        WITH RECURSIVE up(unit_id, parent_id, depth) AS (
                            SELECT unit_id, parent_id, 0 FROM directory_unit WHERE unit_id = ?
                            UNION ALL
                            SELECT d.unit_id, d.parent_id, up.depth + 1
                            FROM directory_unit d JOIN up ON d.unit_id = up.parent_id WHERE up.depth < 64)
                        SELECT count(*) FROM up WHERE unit_id = ?""")
                .params(unit, scope).query(Long.class).single() > 0;
    }

    /**
     * The unit named as a scope, which must exist; null for none. Only null lifts a scope: blank text, or an id with
     * spaces around it, is refused (read as none, it opened the whole organisation to an account meant to be limited).
     */
    private String scopeUnit(String unitScope) {
        if (unitScope == null) {
            return null;
        }
        if (!EntityId.isValid(unitScope)) {
            throw RefusedException.invalid("UNIT_SCOPE_GIVEN", "unitScope", "unitScope phải là mã một đơn vị "
                    + "(chữ, số, '.', '_', '-'; không có khoảng trắng), hoặc null để tài khoản ghi cho toàn tổ chức; "
                    + "không phải '" + unitScope + "'");
        }
        String unit = unitScope;
        Boolean closed = jdbc.sql("SELECT closed FROM directory_unit WHERE unit_id = ?").param(unit)
                .query(Boolean.class).optional().orElse(null);
        if (closed == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unitScope",
                    "Không tìm thấy đơn vị " + unit + " (unitScope)");
        }
        if (closed) {
            throw RefusedException.conflict("UNIT_CLOSED", "unitScope", "Đơn vị " + unit + " đã giải thể");
        }
        return unit;
    }

    @PostMapping("/api/admin/users/{username}/disable")
    @Operation(summary = "Khóa tài khoản (disable an account)")
    @Transactional
    ResponseEntity<Account> disable(@PathVariable String username, Principal caller, HttpServletRequest http) {
        return answers.once(http, caller, null, HttpStatus.OK, () -> disabled(username, caller));
    }

    private Account disabled(String username, Principal caller) {
        Account account = locked(username, caller);
        if (account.username().equals(caller.getName())) {
            throw RefusedException.conflict("NOT_SELF", "username", "Không thể tự khóa tài khoản đang dùng");
        }
        requireManageable(caller, account);
        return setEnabled(caller, account, false);
    }

    @PostMapping("/api/admin/users/{username}/enable")
    @Operation(summary = "Mở khóa tài khoản (enable an account)")
    @Transactional
    ResponseEntity<Account> enable(@PathVariable String username, Principal caller, HttpServletRequest http) {
        return answers.once(http, caller, null, HttpStatus.OK, () -> {
            Account account = locked(username, caller);
            requireManageable(caller, account);
            return setEnabled(caller, account, true);
        });
    }

    @PostMapping("/api/admin/users/{username}/password")
    @Operation(summary = "Đặt lại mật khẩu của một tài khoản (reset a password)")
    @Transactional
    ResponseEntity<Account> resetPassword(@PathVariable String username, @RequestBody NewPassword body,
                                          Principal caller, HttpServletRequest http) {
        return answers.once(http, caller, body, HttpStatus.OK, () -> passwordReset(username, body, caller));
    }

    private Account passwordReset(String username, NewPassword body, Principal caller) {
        Account account = locked(username, caller);
        if (!account.username().equals(caller.getName())) {
            requireManageable(caller, account);
        }
        setPassword(account.username(), body);
        changes.record(caller.getName(), account.username(), AccountChanges.Change.PASSWORD_RESET);
        return account;
    }

    @PostMapping("/api/account/password")
    @Operation(summary = "Đổi mật khẩu của chính mình (change one's own password)")
    @Transactional
    ResponseEntity<Account> changeOwnPassword(@RequestBody NewPassword body, Principal caller,
                                              HttpServletRequest http) {
        return answers.once(http, caller, body, HttpStatus.OK, () -> ownPasswordChanged(body, caller));
    }

    private Account ownPasswordChanged(NewPassword body, Principal caller) {
        Account account = existing(caller.getName());
        setPassword(caller.getName(), body);
        changes.record(caller.getName(), account.username(), AccountChanges.Change.PASSWORD_CHANGED);
        return account;
    }

    private void setPassword(String username, NewPassword body) {
        passwordProblem(body == null ? null : body.password()).ifPresent(problem -> {
            throw RefusedException.invalid(List.of(problem));
        });
        jdbc.sql("UPDATE users SET password = ? WHERE username = ?")
                .params(encoder.encode(body.password()), username).update();
        // the old password must stop working now, not when its cached check expires
        verifiedCredentials.clear();
    }

    private Account setEnabled(Principal caller, Account account, boolean enabled) {
        if (account.enabled() == enabled) {
            return account; // as asked already: nothing changes, nothing to record
        }
        jdbc.sql("UPDATE users SET enabled = ? WHERE username = ?").params(enabled, account.username()).update();
        verifiedCredentials.clear();
        Account changed = new Account(account.username(), account.role(), enabled, account.unitScope());
        changes.record(caller.getName(), changed.username(),
                enabled ? AccountChanges.Change.ENABLED : AccountChanges.Change.DISABLED);
        return changed;
    }

    /**
     * The account as {@link #existing}, its row and the caller's locked for the rest of the transaction: a change
     * decided on their scopes (may this administrator manage it?) is not made once another has changed them.
     */
    private Account locked(String username, Principal caller) {
        Account found = existingFor(caller, username);
        // the target's row and the caller's, in name order: two administrators acting on each other at once wait
        // for one another rather than deadlock
        jdbc.sql("SELECT username FROM users WHERE username = ANY(?::varchar[]) ORDER BY username FOR UPDATE")
                .param(new String[] {found.username(), caller.getName()}).query(String.class).list();
        return existing(found.username());
    }

    private List<Account> all() {
        return jdbc.sql("""
                        SELECT u.username, min(a.authority) AS authority, u.enabled, u.unit_scope
                        FROM users u LEFT JOIN authorities a ON a.username = u.username
                        GROUP BY u.username, u.enabled, u.unit_scope ORDER BY u.username""")
                .query((rs, row) -> new Account(rs.getString(1), roleOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getString(4))).list();
    }

    /** The account of that name, or of that name in another case when only one has it (names are one in any case). */
    private Account existing(String username) {
        List<Account> accounts = all();
        List<Account> anyCase = accounts.stream().filter(a -> a.username().equalsIgnoreCase(username)).toList();
        return accounts.stream().filter(a -> a.username().equals(username)).findFirst()
                .or(() -> anyCase.size() == 1 ? java.util.Optional.of(anyCase.get(0)) : java.util.Optional.empty())
                .orElseThrow(() -> new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS",
                        "username", "Không có tài khoản " + username));
    }

    private static java.util.Optional<FieldRefusal> passwordProblem(String password) {
        // characters as people count them: "😀" is one, not two UTF-16 units
        if (password == null || password.isBlank()
                || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return java.util.Optional.of(new FieldRefusal("password", "PASSWORD_LENGTH",
                    "Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự"));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return java.util.Optional.of(new FieldRefusal("password", "PASSWORD_LENGTH",
                    "Mật khẩu dài tối đa " + MAX_PASSWORD_BYTES + " byte khi mã hóa UTF-8 (" + MAX_PASSWORD_BYTES
                            + " ký tự không dấu; chữ có dấu chiếm 2–3 byte)"));
        }
        return java.util.Optional.empty();
    }

    private static String roleOf(String authority) {
        return authority == null ? null : authority.replaceFirst("^ROLE_", "");
    }
}
