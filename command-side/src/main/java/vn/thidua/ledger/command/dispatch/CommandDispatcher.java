package vn.thidua.ledger.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;

/**
 * Sends a command on behalf of the current HTTP request: stamps it with the actor, correlation id and
 * idempotency key, replays the first answer to a repeated Idempotency-Key, and answers
 * {@code {"id", "position"}}. A request of many commands (an import) is sent in one transaction by
 * {@link #writeAll}.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String SYSTEM_ACTOR = "system";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandGateway gateway;
    private final GroupCommit groupCommit;
    private final JdbcClient jdbc;
    private final ObjectMapper fingerprintMapper;
    private static final int COMMANDS_PER_APPEND = 250;
    /** The most refusals a batch tells: enough to correct it by. */
    private static final int MAX_REFUSALS = 1000;

    private final TransactionTemplate batchTransaction;
    private final CommandTargetResolver targetResolver;
    private final EventBus eventBus;
    private final List<CorrelationDataProvider> correlationDataProviders;
    private final ObjectProvider<ReadAhead> readAheads;
    private final ObjectProvider<StoredNothingCheck> storedNothing;

    CommandDispatcher(CommandGateway gateway, GroupCommit groupCommit, JdbcClient jdbc, ObjectMapper objectMapper,
                      PlatformTransactionManager transactions, EventBus eventBus,
                      List<CorrelationDataProvider> correlationDataProviders, CommandTargetResolver targetResolver,
                      ObjectProvider<ReadAhead> readAheads, ObjectProvider<StoredNothingCheck> storedNothing) {
        this.readAheads = readAheads;
        this.storedNothing = storedNothing;
        this.gateway = gateway;
        this.targetResolver = targetResolver;
        this.eventBus = eventBus;
        this.correlationDataProviders = List.copyOf(correlationDataProviders);
        this.groupCommit = groupCommit;
        this.jdbc = jdbc;
        this.fingerprintMapper = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.batchTransaction = new TransactionTemplate(transactions);
        // the command bus's own transactions (Axon's SpringTransactionManager, also REQUIRED) join this one
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /**
     * Dispatches {@code command} for the write request {@code request} concerning entity {@code id}: 201 on
     * success, 200 for a replayed Idempotency-Key or a command that stored nothing, 404 when the command targets an entity that does not exist.
     */
    public ResponseEntity<WriteResult> write(EntityId id, Object request, Object command) {
        Caller caller = caller(request);
        Optional<StoredAnswer> earlier = earlierAnswer(caller);
        if (earlier.isPresent()) {
            return ResponseEntity.ok(earlier.get().writeResult());
        }
        Map<String, Object> metaData = caller.metaData();
        metaData.put(MetaDataKeys.ENTITY_ID, id.value());
        if (caller.key() != null) {
            // tells the CommitInterceptor to store this command's answer for the key
            metaData.put(MetaDataKeys.FINGERPRINT, caller.fingerprint());
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        try {
            CommandAnswer answer = groupCommit.send(message);
            // nothing stored (the entity already stood as asked): answered as a replay of what made it so
            return ResponseEntity.status(answer.stored() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new WriteResult(id.value(), answer.position()));
        } catch (RuntimeException e) {
            // a concurrent request with the same key may have committed first: its answer is ours
            Optional<StoredAnswer> concurrent = earlierAnswer(caller);
            if (concurrent.isPresent()) {
                return ResponseEntity.ok(concurrent.get().writeResult());
            }
            RefusedException refusal = refusalOf(e, id);
            if (refusal != null && "ID_UNIQUE".equals(refusal.rule())) {
                // the id is taken: told only of an entity within the account's scope (403 for another unit's); a
                // failure of that check itself leaves the refusal as it was
                try {
                    storedNothing.ifAvailable(check -> check.check(message));
                } catch (RefusedException outOfScope) {
                    throw outOfScope;
                } catch (RuntimeException checkFailed) {
                    log.warn("Scope of an id already taken not checked: {}", checkFailed.toString());
                }
            }
            throw refusal != null ? refusal : e;
        }
    }

    /** The id the client chose, or a new one when it chose none (API.md: a POST without id gets a generated one). */
    public static String idOrNew(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }

    /**
     * Dispatches the commands of one write request (an import) in ONE database transaction. Each command is
     * handled in a unit of work of its own, exactly as if sent alone by {@link #write} (its own events, the
     * request's metadata plus {@code metaData}), and each unit of work joins the transaction opened here, so
     * either the events of all commands are stored or none. {@code commands} is asked for the commands only when
     * the request is no replay, so that a retry gets the first answer without being checked again. The answer
     * to an Idempotency-Key is stored once, for the whole request, in the same transaction.
     *
     * @throws BatchRefusedException when a command is refused, naming which; nothing is stored then
     */
    public ResponseEntity<BatchResult> writeAll(String id, Object request, Supplier<? extends List<?>> commands,
                                                Map<String, String> metaData) {
        return writeAll(id, request, commands, metaData, null);
    }

    /**
     * {@link #writeAll(String, Object, Supplier, Map)}, where the commands that are the first of the batch to
     * address an aggregate without events have their event decided by {@code firstEvents} and staged directly,
     * with the metadata the command bus would give it, instead of a command bus round each (a bulk import's rows
     * are mostly such commands).
     */
    public ResponseEntity<BatchResult> writeAll(String id, Object request, Supplier<? extends List<?>> commands,
                                                Map<String, String> metaData, FirstEvents firstEvents) {
        Caller caller = caller(request);
        Optional<StoredAnswer> earlier = earlierAnswer(caller);
        if (earlier.isPresent()) {
            return ResponseEntity.ok(earlier.get().batchResult());
        }
        Map<String, Object> batchMetaData = caller.metaData();
        batchMetaData.putAll(metaData);
        try {
            // the commands are made in the transaction too: what their checks read is read once for both
            BatchResult result;
            for (int attempt = 1; ; attempt++) {
                try {
                    result = batchTransaction.execute(transaction -> {
                        // the turn before the commands are made: what their checks read (a person's unit, a
                        // dismissal) then stays as read until they are stored — a transfer committed between the
                        // two stored an import's evaluations naming the unit the person had left
                        AppendTurn.hold(jdbc);
                        return sendAll(id, caller, List.copyOf(commands.get()), batchMetaData, firstEvents);
                    });
                    break;
                } catch (RuntimeException concurrent) {
                    // a command stored meanwhile broke a rule with one of the batch: decided again, it is refused
                    if (attempt >= DecidedApartException.DECISIONS || !DecidedApartException.causes(concurrent)) {
                        throw concurrent;
                    }
                }
            }
            // nothing stored (every command found its entity as asked): answered as a replay, 200
            return ResponseEntity.status(result.events() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
        } catch (RuntimeException e) {
            Optional<StoredAnswer> concurrent = earlierAnswer(caller);
            if (concurrent.isPresent()) {
                return ResponseEntity.ok(concurrent.get().batchResult());
            }
            if (e instanceof BatchRefusedException) {
                throw e;
            }
            RefusedException refusal = refusalOf(e, null);
            throw refusal != null ? refusal : e;
        }
    }

    /** The body of {@link #writeAll}'s transaction; any exception rolls all of it back. */
    private BatchResult sendAll(String id, Caller caller, List<?> batch, Map<String, Object> metaData,
                                FirstEvents firstEvents) {
        // locked up front (the first append would lock it anyway): this batch's events follow `before` without a gap
        long before = AppendTurn.take(jdbc);
        List<CommandMessage<?>> messages = batch.stream()
                .<CommandMessage<?>>map(command -> GenericCommandMessage.asCommandMessage(command).andMetaData(metaData))
                .toList();
        List<String> targets = messages.stream()
                .map(message -> targetResolver.resolveTarget(message).getIdentifier()).toList();
        // nobody else can append while the lock is held: aggregates without events now have none until we store
        NewStreams.declareAmong(jdbc, targets);
        // which commands may be decided by firstEvents: the first of the batch for an aggregate without events
        boolean[] first = new boolean[messages.size()];
        if (firstEvents != null) {
            Set<String> addressed = new HashSet<>();
            for (int index = 0; index < targets.size(); index++) {
                first[index] = addressed.add(targets.get(index)) && NewStreams.isNew(targets.get(index));
            }
        }
        List<BatchRefusedException.Refusal> refusals = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += COMMANDS_PER_APPEND) {
            sendChunk(id, messages, targets, first, firstEvents, from,
                    Math.min(messages.size(), from + COMMANDS_PER_APPEND), metaData, refusals);
        }
        if (!refusals.isEmpty()) {
            throw new BatchRefusedException(refusals); // rolls back all the batch stored meanwhile
        }
        java.util.OptionalLong appended = AppendedEvents.lastPosition();
        // a batch that stored nothing (a file sent again) is answered with the last event of what it addressed,
        // which already stood as asked — no position of its own (its first follows its last: no events between)
        long last = appended.isPresent() ? appended.getAsLong() : AppendedEvents.lastOfAny(jdbc, targets).orElse(before);
        long firstPosition = appended.isPresent() ? before + 1 : last + 1;
        if (caller.key() != null) {
            jdbc.sql("""
                            INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, entity_id, position,
                                                            first_position, command_count)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(caller.actor(), caller.key(), caller.fingerprint(), id, last, firstPosition, batch.size())
                    .update();
        }
        return new BatchResult(id, last, firstPosition, batch.size(), last - firstPosition + 1);
    }

    /**
     * Sends {@code messages[from, to)}, each command in a unit of work nested in one for them all, which stores
     * all their events in one append. (Axon looks through the events staged in a unit of work at every aggregate
     * load, so these units are kept to a few hundred commands; they all join the batch's one transaction.)
     */
    private void sendChunk(String id, List<CommandMessage<?>> messages, List<String> targets, boolean[] first,
                           FirstEvents firstEvents, int from, int to, Map<String, Object> metaData,
                           List<BatchRefusedException.Refusal> refusals) {
        // what the chunk's commands look up, asked once for them all: the answers remembered for the batch were
        // forgotten when the directory took the previous chunk's events
        List<Object> payloads = messages.subList(from, to).stream().<Object>map(CommandMessage::getPayload).toList();
        readAheads.orderedStream().forEach(readAhead -> readAhead.readAheadFor(payloads));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(id, metaData));
        try {
            for (int index = from; index < to; index++) {
                try {
                    CommandMessage<?> message = messages.get(index);
                    Object event = first[index] ? firstEvents.firstEvent(message.getPayload()) : null;
                    if (event != null) {
                        // staged in this unit of work, so a later command of the batch for the same aggregate
                        // (sent through the bus) loads it, and appended with the others of the chunk
                        eventBus.publish(new GenericDomainEventMessage<>(firstEvents.aggregateType(),
                                targets.get(index), 0, event, correlationData(message)));
                    } else {
                        gateway.sendAndWait(message);
                    }
                } catch (RuntimeException e) {
                    RefusedException refusal = refusalOf(e, null);
                    if (refusal == null) {
                        throw e;
                    }
                    // the batch is lost already; its other commands are still sent, so that every refusal is told
                    // at once (the transaction that held them all is rolled back at the end)
                    refusals.add(new BatchRefusedException.Refusal(index, refusal));
                    if (refusals.size() >= MAX_REFUSALS) {
                        throw new BatchRefusedException(refusals);
                    }
                }
            }
            unitOfWork.commit();
        } catch (RuntimeException e) {
            // rethrowing makes the template roll the transaction back
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    /** What the command bus's handler interceptor would hand the events of {@code command} (see DispatchConfiguration). */
    private Map<String, Object> correlationData(CommandMessage<?> command) {
        Map<String, Object> data = new HashMap<>();
        for (CorrelationDataProvider provider : correlationDataProviders) {
            data.putAll(provider.correlationDataFor(command));
        }
        return data;
    }

    /** The id in a request path ({@code {id}}): one not of the ids' format is malformed input, 400, as in every path. */
    public static <T extends EntityId> T pathId(String raw, Function<String, T> constructor) {
        return pathId(raw, "id", constructor);
    }

    /** The id in a request path's variable {@code field}: one not of the ids' format is malformed input, 400. */
    public static <T extends EntityId> T pathId(String raw, String field, Function<String, T> constructor) {
        if (raw == null || !EntityId.FORMAT.matcher(raw).matches()) {
            throw RefusedException.invalid("ID_FORMAT", field, "Mã không hợp lệ: " + raw);
        }
        return constructor.apply(raw);
    }

    /** Dispatches a command outside any HTTP request (demo data) as {@code actor}. */
    public long send(Object command, String actor) {
        CommandOutcome outcome = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetaDataKeys.ACTOR, actor,
                        MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
        return outcome.position();
    }

    /**
     * The refusal an API client should see for a failed command, or null for a failure of the system;
     * {@code id} is the entity a single write concerns (null in a batch, where the command's target is named).
     */
    private static RefusedException refusalOf(RuntimeException e, EntityId id) {
        RefusedException refusal = causeOf(e, RefusedException.class);
        if (refusal != null) {
            return refusal;
        }
        AggregateNotFoundException notFound = causeOf(e, AggregateNotFoundException.class);
        if (notFound != null) {
            return id != null ? RefusedException.notFound("id", id)
                    : new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "id",
                            "Không tìm thấy " + notFound.getAggregateIdentifier());
        }
        if (causeOf(e, AggregateStreamCreationException.class) != null) {
            return id != null ? RefusedException.alreadyExists(id)
                    : RefusedException.conflict("ID_UNIQUE", "id", "Mã đã được dùng cho một đối tượng khác");
        }
        if (causeOf(e, DuplicateKeyException.class) != null || causeOf(e, ConcurrencyException.class) != null
                || causeOf(e, EventStoreException.class) != null
                // decided again and again against writes made at the same time: a lost race, not a fault
                || causeOf(e, DecidedApartException.class) != null) {
            return RefusedException.conflict("CONCURRENT_WRITE", null,
                    "Yêu cầu xung đột với một thay đổi đồng thời; hãy tải lại và thử lại");
        }
        return null;
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Who asks, under which Idempotency-Key (null: none) and correlation id, with a request of this fingerprint. */
    private record Caller(String actor, String role, String unitScope, String key, String fingerprint,
                          String correlationId) {

        /** The metadata every command of the request carries; its events inherit it. */
        Map<String, Object> metaData() {
            Map<String, Object> metaData = new HashMap<>();
            metaData.put(MetaDataKeys.ACTOR, actor);
            if (role != null) {
                metaData.put(MetaDataKeys.ROLE, role);
            }
            if (unitScope != null) {
                metaData.put(MetaDataKeys.UNIT_SCOPE, unitScope);
            }
            metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
            if (key != null) {
                metaData.put(MetaDataKeys.IDEMPOTENCY_KEY, key);
            }
            return metaData;
        }
    }

    /** An answer stored for an Idempotency-Key; {@code firstPosition} and {@code commands} are a batch's only. */
    private record StoredAnswer(String id, long position, long firstPosition, int commands) {

        WriteResult writeResult() {
            return new WriteResult(id, position);
        }

        BatchResult batchResult() {
            return new BatchResult(id, position, firstPosition, commands, position - firstPosition + 1);
        }
    }

    /** The request's Idempotency-Key, null when it has none; refused (400) when it is not one. */
    public static String idempotencyKey(HttpServletRequest http) {
        String key = http == null ? null : http.getHeader(IDEMPOTENCY_HEADER);
        if (key != null && java.util.Collections.list(http.getHeaders(IDEMPOTENCY_HEADER)).size() > 1) {
            // which of two keys the client meant is not for the node to guess: either could repeat a request
            throw RefusedException.invalid("IDEMPOTENCY_KEY", IDEMPOTENCY_HEADER,
                    "Chỉ được gửi một tiêu đề Idempotency-Key trong một yêu cầu");
        }
        if (key != null && (key.isBlank() || key.length() > 255)) {
            throw RefusedException.invalid("IDEMPOTENCY_KEY", IDEMPOTENCY_HEADER,
                    "Idempotency-Key phải có từ 1 đến 255 ký tự");
        }
        if (key != null && !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            // a header carries no charset: "khóa" arrives as whatever its bytes read as, never as the client's key
            throw RefusedException.invalid("IDEMPOTENCY_KEY", IDEMPOTENCY_HEADER,
                    "Idempotency-Key chỉ gồm ký tự ASCII in được (chữ không dấu, số, dấu gạch, …)");
        }
        return key;
    }

    private Caller caller(Object request) {
        HttpServletRequest http = currentRequest().orElse(null);
        String key = idempotencyKey(http);
        return new Caller(actorOf(http), attribute(http, MetaDataKeys.ROLE_ATTRIBUTE),
                attribute(http, MetaDataKeys.UNIT_SCOPE_ATTRIBUTE), key, fingerprint(http, request), correlationId(http));
    }

    /** The answer stored for an earlier request with the same key; refused when that request was another. */
    private Optional<StoredAnswer> earlierAnswer(Caller caller) {
        if (caller.key() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT fingerprint, entity_id, position, first_position, command_count
                        FROM idempotency_record WHERE actor = ? AND idempotency_key = ?""")
                .params(caller.actor(), caller.key())
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(caller.fingerprint())) {
                        throw RefusedException.conflict("IDEMPOTENCY_KEY_REUSED", IDEMPOTENCY_HEADER,
                                "Idempotency-Key " + caller.key() + " đã được dùng cho một yêu cầu khác");
                    }
                    return new StoredAnswer(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5));
                })
                .optional();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static String attribute(HttpServletRequest http, String name) {
        return http != null && http.getAttribute(name) instanceof String value ? value : null;
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
