package vn.thidua.ledger.ops.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;

/**
 * The Idempotency-Key of account writes, as of every write (API.md): a request repeated with its key changes nothing
 * and is answered as the first time (200); the key sent with another request is refused (409
 * {@code IDEMPOTENCY_KEY_REUSED}). The answers share the commands' table, so that one key names one request whichever
 * endpoint it went to. A body may carry a password: its fingerprint is kept under bcrypt, never a fast hash.
 */
@Component
class AccountWriteAnswers {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final BCryptPasswordEncoder FINGERPRINTS = new BCryptPasswordEncoder();

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AccountWriteAnswers(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Makes {@code write}, in the caller's transaction, once per key; {@code status} is its first answer's. */
    ResponseEntity<AccountController.Account> once(HttpServletRequest http, Principal caller, Object body,
                                                   HttpStatus status, Supplier<AccountController.Account> write) {
        return once(http, caller, body, status, write, AccountController.Account::username,
                answer -> read(answer, AccountController.Account.class));
    }

    /**
     * Makes {@code write}, in the caller's transaction, once per key, keeping its answer (as JSON) for a repeat:
     * {@code entityId} names what the answer is about, {@code read} reads the kept answer back.
     */
    <T> ResponseEntity<T> once(HttpServletRequest http, Principal caller, Object body, HttpStatus status,
                               Supplier<T> write, java.util.function.Function<T, String> entityId,
                               java.util.function.Function<String, T> read) {
        String key = CommandDispatcher.idempotencyKey(http);
        if (key == null) {
            return ResponseEntity.status(status).body(write.get());
        }
        // two requests with one key at once: the second waits for the first's answer
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('thidua-idempotency:' || ? || ':' || ?))")
                .params(caller.getName(), key).query((rs, n) -> n).list();
        String digest = digest(http, body);
        record Earlier(String fingerprint, String answer) {
        }
        Earlier earlier = jdbc.sql("""
                        SELECT fingerprint, answer FROM idempotency_record WHERE actor = ? AND idempotency_key = ?""")
                .params(caller.getName(), key).query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2)))
                .optional().orElse(null);
        if (earlier != null) {
            if (earlier.answer() == null || !FINGERPRINTS.matches(digest, earlier.fingerprint())) {
                throw RefusedException.conflict("IDEMPOTENCY_KEY_REUSED", CommandDispatcher.IDEMPOTENCY_HEADER,
                        "Idempotency-Key " + key + " đã được dùng cho một yêu cầu khác");
            }
            return ResponseEntity.ok(read.apply(earlier.answer()));
        }
        T answer = write.get();
        jdbc.sql("""
                        INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, entity_id, position, answer)
                        VALUES (?, ?, ?, ?, -1, ?)""")
                .params(caller.getName(), key, FINGERPRINTS.encode(digest), entityId.apply(answer), write(answer))
                .update();
        return ResponseEntity.status(status).body(answer);
    }

    /** Same method, path and body (keys sorted) give the same digest. */
    private static String digest(HttpServletRequest http, Object body) {
        try {
            String canonical = http.getMethod() + " " + http.getRequestURI() + "\n" + CANONICAL.writeValueAsString(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String answer, Class<T> type) {
        try {
            return json.readValue(answer, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored answer " + answer, e);
        }
    }
}
