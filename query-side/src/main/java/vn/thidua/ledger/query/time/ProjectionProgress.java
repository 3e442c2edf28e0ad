package vn.thidua.ledger.query.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How far each projection has got in the global stream, read from the token store so that it holds on any
 * node. A read waits briefly for its projection to reach the head of the stream (or the asked position),
 * so that a client reading right after its own write sees it.
 */
@Component
public class ProjectionProgress {

    /**
     * The request attribute left when a read gave up waiting short of its goal ({@code "reached/goal"}): what it
     * then finds missing may only not have been projected yet (a processor changing hands between query nodes), so
     * a "not found" answered from it is told as "not yet" instead.
     */
    public static final String BEHIND_ATTRIBUTE = "thidua.view.behind";

    private final JdbcClient jdbc;
    private final Duration maxWait;
    private final TransactionTemplate ownTransaction;

    ProjectionProgress(JdbcClient jdbc, @Value("${thidua.query.max-wait:PT5S}") Duration maxWait,
                       PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.maxWait = maxWait;
        // a transaction of its own: the head's share lock is held for an instant, never for a whole read
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Waits until no append is in flight (an append holds the stream's head locked until it commits) and answers
     * the database's time then, cut to the millisecond as events' stamps are: every event stamped before it is
     * stored, as an append begun later is stamped no earlier (uncut, an append in the same millisecond could still
     * take a stamp before it). Gives up after the configured wait (503: the view cannot tell yet).
     */
    public Instant appendsSettledAt() {
        try {
            return ownTransaction.execute(status -> {
                jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(maxWait.toMillis() + "ms")
                        .query(String.class).single();
                return jdbc.sql("SELECT clock_timestamp() FROM event_position WHERE id = 1 FOR SHARE")
                        .query(java.sql.Timestamp.class).single().toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            });
        } catch (org.springframework.dao.DataAccessException lockNotGranted) {
            long head = head();
            throw new ViewCatchingUpException("appends", head, head + 1);
        }
    }

    /** The last position stored in the event stream (-1 when empty). */
    public long head() {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    /** When the event at {@code position} was stamped (as it was stored); empty when there is none. */
    public Optional<Instant> stampedAt(long position) {
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?").param(position)
                .query(String.class).optional().map(Instant::parse);
    }

    /** The lowest position all segments of {@code processor} have processed (-1 when it has not started). */
    public long processed(String processor) {
        Long position = jdbc.sql("""
                        SELECT min(coalesce(t ->> 'index', t -> 'currentToken' ->> 'index', '-1')::bigint)
                        FROM (SELECT convert_from(token, 'UTF8')::jsonb AS t FROM token_entry
                              WHERE processor_name = ? AND token IS NOT NULL) tokens""")
                .param(processor)
                .query(Long.class).optional().orElse(null);
        return position == null ? -1 : position;
    }

    /**
     * Waits until {@code processor} has processed {@code position}, which a view is to answer exactly.
     *
     * @throws ViewCatchingUpException when it has not after the configured wait
     */
    public long awaitPosition(String processor, long position) {
        long reached = awaitCaughtUp(processor, position);
        if (reached < position) {
            throw new ViewCatchingUpException(processor, reached, position);
        }
        return position;
    }

    /**
     * Waits until {@code processor} has processed {@code target} (or the head, if {@code target} is null or
     * beyond it) and answers the position it reached; gives up after the configured wait.
     */
    public long awaitCaughtUp(String processor, Long target) {
        long head = head();
        long goal = target == null ? head : Math.min(target, head);
        long deadline = System.nanoTime() + maxWait.toNanos();
        long reached = processed(processor);
        while (reached < goal && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reached = processed(processor);
        }
        if (reached < goal && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().setAttribute(BEHIND_ATTRIBUTE, reached + "/" + goal);
        }
        return reached;
    }
}
