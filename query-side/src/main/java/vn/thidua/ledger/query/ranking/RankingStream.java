package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * it works whichever node's processor recorded the facts.
 */
@RestController
@Tag(name = "Bảng xếp hạng thi đua")
class RankingStream {

    static final long POLL_MS = 200;
    private static final Logger log = LoggerFactory.getLogger(RankingStream.class);

    private record Key(String cluster, String period, String criteriaSet) {
    }

    private static final class Subscription {
        final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
        volatile List<RankingService.Row> lastRows;
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

    RankingStream(RankingService rankings, ViewPoints viewPoints, ProjectionProgress progress) {
        this.rankings = rankings;
        this.viewPoints = viewPoints;
        this.progress = progress;
        poller.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    @GetMapping(path = "/api/stream/rankings", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Bảng xếp hạng trực tiếp (Server-Sent Events): gửi lại mỗi khi xếp hạng thay đổi")
    SseEmitter subscribe(@RequestParam(required = false) String cluster,
                         @RequestParam(required = false) String period,
                         @RequestParam(required = false) String criteriaSet) {
        if (cluster == null || cluster.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "cluster", "Phải nêu cụm, khối (cluster)");
        }
        // computed once up front so that a bad request is refused with a problem, not a broken stream
        RankingService.Ranking first = rankings.rank(cluster, viewPoints.resolve(period, null), criteriaSet);
        Key key = new Key(cluster, period, criteriaSet);
        SseEmitter emitter = new SseEmitter(0L);
        Subscription subscription = subscriptions.computeIfAbsent(key, k -> new Subscription());
        subscription.emitters.add(emitter);
        Runnable remove = () -> subscription.emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, first, subscription);
        subscription.lastRows = first.rows();
        return emitter;
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
                if (subscription.emitters.isEmpty()) {
                    subscriptions.remove(key, subscription);
                    return;
                }
                RankingService.Ranking ranking = rankings.rank(key.cluster(),
                        viewPoints.resolve(key.period(), "pos:" + position), key.criteriaSet());
                if (!Objects.equals(ranking.rows(), subscription.lastRows)) {
                    subscription.lastRows = ranking.rows();
                    subscription.emitters.forEach(emitter -> send(emitter, ranking, subscription));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Live ranking update failed; will retry", e);
        }
    }

    private static void send(SseEmitter emitter, RankingService.Ranking ranking, Subscription subscription) {
        try {
            emitter.send(SseEmitter.event().name("ranking").id(Long.toString(ranking.position()))
                    .data(ranking, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            subscription.emitters.remove(emitter);
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        subscriptions.values().forEach(s -> s.emitters.forEach(SseEmitter::complete));
    }
}
