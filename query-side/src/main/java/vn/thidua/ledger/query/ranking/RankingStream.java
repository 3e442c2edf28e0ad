package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.time.ProjectionProgress;

/**
 * Live standings over Server-Sent Events: each subscriber gets the ranking at once, then a fresh one whenever
 * new facts change it. The facts' progress is polled from the token store every {@value #POLL_MS} ms, so
 * it works whichever node's processor recorded the facts. A comment line every {@value #HEARTBEAT_SECONDS} s finds
 * the clients that went away (a closed connection is only noticed when written to), and the streams are ended
 * before the web server's graceful shutdown, which would otherwise wait for them in vain. A stream ends after
 * {@code thidua.stream.max-age} (the accounts' cache time by default): its client reconnects, and so proves again
 * that its account may read — credentials are only checked when a request starts, so without it an account
 * disabled or a password changed would go on receiving standings for as long as the connection lasted.
 */
@RestController
@Tag(name = "Bảng xếp hạng thi đua")
class RankingStream implements SmartLifecycle {

    static final long POLL_MS = 200;
    static final long HEARTBEAT_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(RankingStream.class);

    private record Key(String cluster, String period, String criteriaSet) {
    }

    /** A subscriber and what it was last shown: each is sent what it has not seen, whenever it joined. */
    private static final class Client {
        final SseEmitter emitter;
        volatile List<Object> lastShown;
        volatile ScheduledFuture<?> end;

        Client(SseEmitter emitter) {
            this.emitter = emitter;
        }
    }

    private static final class Subscription {
        final List<Client> clients = new CopyOnWriteArrayList<>();
    }

    private final RankingService rankings;
    private final ViewPoints viewPoints;
    private final ProjectionProgress progress;
    private final Map<Key, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ranking-stream");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastPosition = -2;
    private volatile boolean running;
    private final Duration maxAge;

    RankingStream(RankingService rankings, ViewPoints viewPoints, ProjectionProgress progress,
                  @Value("${thidua.stream.max-age:${thidua.auth-cache-ttl:PT5M}}") Duration maxAge) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("thidua.stream.max-age must be positive, not " + maxAge);
        }
        this.maxAge = maxAge;
        this.rankings = rankings;
        this.viewPoints = viewPoints;
        this.progress = progress;
        poller.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @GetMapping(path = "/api/stream/rankings", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Bảng xếp hạng trực tiếp (Server-Sent Events): gửi lại mỗi khi xếp hạng thay đổi")
    SseEmitter subscribe(@Parameter(example = "LB-CUM-PHUONG", required = true) @RequestParam(required = false) String cluster,
                         @Parameter(example = "2024-Q2", required = true) @RequestParam(required = false) String period,
                         @RequestParam(required = false) String criteriaSet,
                         @Parameter(hidden = true) @RequestParam(required = false) String asOf) {
        if (asOf != null) {
            // a live stream follows the head: a past moment's ranking is GET /api/rankings?asOf=, not a stream
            throw RefusedException.invalid("QUERY_PARAMETER", "asOf", "Bảng xếp hạng trực tiếp luôn theo dữ liệu mới "
                    + "nhất; muốn xem tại một thời điểm trước đó, dùng GET /api/rankings với asOf");
        }
        if (cluster == null || cluster.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "cluster", "Phải nêu cụm, khối (cluster)");
        }
        // computed once up front so that a bad request is refused with a problem, not a broken stream
        RankingService.Ranking first = rankings.rank(cluster, viewPoints.resolve(period, null), criteriaSet);
        Key key = new Key(cluster, period, criteriaSet);
        Client client = new Client(new SseEmitter(0L));
        client.lastShown = shown(first);
        Runnable remove = () -> {
            leave(key, client);
            if (client.end != null) {
                client.end.cancel(false);
            }
        };
        client.emitter.onCompletion(remove);
        client.emitter.onTimeout(remove);
        client.emitter.onError(e -> remove.run());
        send(client, first);
        // joined atomically with the poller's clean-up of empty subscriptions, so no client is left unpolled
        subscriptions.compute(key, (k, subscription) -> {
            Subscription joined = subscription == null ? new Subscription() : subscription;
            joined.clients.add(client);
            return joined;
        });
        client.end = poller.schedule(() -> {
            leave(key, client);
            completeQuietly(client);
        }, maxAge.toMillis(), TimeUnit.MILLISECONDS);
        if (!running) {
            client.emitter.complete();
        }
        return client.emitter;
    }

    private void leave(Key key, Client client) {
        subscriptions.computeIfPresent(key, (k, subscription) -> {
            subscription.clients.remove(client);
            return subscription.clients.isEmpty() ? null : subscription;
        });
    }

    private void poll() {
        try {
            long position = progress.processed(ViewPoints.FACTS_PROCESSOR);
            if (position == lastPosition || subscriptions.isEmpty()) {
                lastPosition = position;
                return;
            }
            lastPosition = position;
            subscriptions.forEach((key, subscription) -> {
                RankingService.Ranking ranking = rankings.rank(key.cluster(),
                        viewPoints.resolve(key.period(), "pos:" + position), key.criteriaSet());
                for (Client client : subscription.clients) {
                    List<Object> shown = shown(ranking);
                    if (!Objects.equals(shown, client.lastShown)) {
                        client.lastShown = shown;
                        if (!send(client, ranking)) {
                            leave(key, client);
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Live ranking update failed; will retry", e);
        }
    }

    /**
     * What a ranking shows besides its position: its rows, and the set and names it is under — a version published
     * for the period changes the set a ranking is under though every score stays the same.
     */
    private static List<Object> shown(RankingService.Ranking ranking) {
        return java.util.Arrays.asList(ranking.rows(), ranking.criteriaSet(), ranking.criteriaSetTitle(),
                ranking.criteriaSetUnconfirmed(), ranking.clusterName(), ranking.previousPeriod());
    }

    private void heartbeat() {
        subscriptions.forEach((key, subscription) -> {
            for (Client client : subscription.clients) {
                try {
                    client.emitter.send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException gone) {
                    leave(key, client);
                    completeQuietly(client);
                }
            }
        });
    }

    /** Sends the ranking; false when the client is gone (and its stream ended). */
    private static boolean send(Client client, RankingService.Ranking ranking) {
        try {
            client.emitter.send(SseEmitter.event().name("ranking").id(Long.toString(ranking.position()))
                    .data(ranking, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            completeQuietly(client);
            return false;
        }
    }

    private static void completeQuietly(Client client) {
        try {
            client.emitter.complete();
        } catch (RuntimeException alreadyEnded) {
            // the container ended it first
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream before the web server's graceful shutdown starts waiting for requests to finish. */
    @Override
    public void stop() {
        running = false;
        subscriptions.values().forEach(s -> s.clients.forEach(RankingStream::completeQuietly));
        subscriptions.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stopped first: the web server's graceful shutdown runs in a lower phase
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @PreDestroy
    void shutDownPoller() {
        poller.shutdownNow();
    }
}
