package vn.thidua.ledger.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;

/**
 * Sends a command on behalf of the current HTTP request: stamps it with the actor, correlation id and
 * idempotency key, replays the first answer to a repeated Idempotency-Key, and answers
 * {@code {"id", "position"}}.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String SYSTEM_ACTOR = "system";

    private final CommandGateway gateway;
    private final JdbcClient jdbc;
    private final ObjectMapper fingerprintMapper;

    CommandDispatcher(CommandGateway gateway, JdbcClient jdbc, ObjectMapper objectMapper) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.fingerprintMapper = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Dispatches {@code command} for the write request {@code request} concerning entity {@code id}: 201 on
     * success, 200 for a replayed Idempotency-Key, 404 when the command targets an entity that does not exist.
     */
    public ResponseEntity<WriteResult> write(EntityId id, Object request, Object command) {
        HttpServletRequest http = currentRequest().orElse(null);
        String actor = actorOf(http);
        String key = http == null ? null : http.getHeader(IDEMPOTENCY_HEADER);
        String fingerprint = fingerprint(http, request);
        if (key != null) {
            if (key.isBlank() || key.length() > 255) {
                throw RefusedException.invalid("IDEMPOTENCY_KEY", IDEMPOTENCY_HEADER,
                        "Idempotency-Key phải có từ 1 đến 255 ký tự");
            }
            Optional<ResponseEntity<WriteResult>> replay = replay(actor, key, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.ACTOR, actor);
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId(http));
        metaData.put(MetaDataKeys.ENTITY_ID, id.value());
        if (key != null) {
            metaData.put(MetaDataKeys.IDEMPOTENCY_KEY, key);
            metaData.put(MetaDataKeys.FINGERPRINT, fingerprint);
        }
        try {
            CommandOutcome outcome = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(metaData));
            return ResponseEntity.status(HttpStatus.CREATED).body(new WriteResult(id.value(), outcome.position()));
        } catch (RuntimeException e) {
            if (key != null) {
                // a concurrent request with the same key may have committed first: its answer is ours
                Optional<ResponseEntity<WriteResult>> replay = replay(actor, key, fingerprint);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            RefusedException refusal = causeOf(e, RefusedException.class);
            if (refusal != null) {
                throw refusal;
            }
            if (causeOf(e, AggregateNotFoundException.class) != null) {
                throw RefusedException.notFound("id", id);
            }
            if (causeOf(e, AggregateStreamCreationException.class) != null) {
                throw RefusedException.alreadyExists(id);
            }
            if (causeOf(e, DuplicateKeyException.class) != null || causeOf(e, ConcurrencyException.class) != null
                    || causeOf(e, EventStoreException.class) != null) {
                throw RefusedException.conflict("CONCURRENT_WRITE", null,
                        "Yêu cầu xung đột với một thay đổi đồng thời; hãy tải lại và thử lại");
            }
            throw e;
        }
    }

    /** The id the client chose, or a new one when it chose none (API.md: a POST without id gets a generated one). */
    public static String idOrNew(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }

    /** The id in a request path; one that could never have been issued names nothing, hence 404. */
    public static <T extends EntityId> T pathId(String raw, Function<String, T> constructor) {
        if (raw == null || !EntityId.FORMAT.matcher(raw).matches()) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "id",
                    "Không tìm thấy: mã không hợp lệ " + raw);
        }
        return constructor.apply(raw);
    }

    /** Dispatches a command outside any HTTP request (demo data, imports) as {@code actor}. */
    public long send(Object command, String actor) {
        CommandOutcome outcome = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetaDataKeys.ACTOR, actor,
                        MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
        return outcome.position();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private Optional<ResponseEntity<WriteResult>> replay(String actor, String key, String fingerprint) {
        return jdbc.sql("""
                        SELECT fingerprint, entity_id, position FROM idempotency_record
                        WHERE actor = ? AND idempotency_key = ?""")
                .params(actor, key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(fingerprint)) {
                        throw RefusedException.conflict("IDEMPOTENCY_KEY_REUSED", IDEMPOTENCY_HEADER,
                                "Idempotency-Key " + key + " đã được dùng cho một yêu cầu khác");
                    }
                    return ResponseEntity.ok(new WriteResult(rs.getString(2), rs.getLong(3)));
                })
                .optional();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static String actorOf(HttpServletRequest http) {
        Principal principal = http == null ? null : http.getUserPrincipal();
        return principal == null ? SYSTEM_ACTOR : principal.getName();
    }

    private static String correlationId(HttpServletRequest http) {
        String given = http == null ? null : http.getHeader(CORRELATION_HEADER);
        return given != null && !given.isBlank() && given.length() <= 128 ? given : UUID.randomUUID().toString();
    }

    /** Same method, path and body (keys sorted) give the same fingerprint. */
    private String fingerprint(HttpServletRequest http, Object request) {
        try {
            String canonical = (http == null ? "" : http.getMethod() + " " + http.getRequestURI() + "\n")
                    + fingerprintMapper.writeValueAsString(request);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }
}
