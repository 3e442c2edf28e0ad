package vn.thidua.ledger.ops.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters of Axon's {@code MessageCountingMonitor}, {@code MessageTimerMonitor} and, for event processors,
 * {@code EventProcessorLatencyMonitor} — same names, tags, percentiles and expiry, as {@code GlobalMetricRegistry}
 * combines them for each component — looked up once per set of tags instead of built and registered again for every
 * message: Axon's build nine timers and counters and a gauge per message on every processor, which came to a tenth
 * of an import's request thread and of each projection's thread.
 */
final class MessageMeters implements MessageMonitor<Message<?>> {

    private final String prefix;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Function<Message<?>, Iterable<Tag>> counterTags;
    private final Function<Message<?>, Iterable<Tag>> timerTags;
    private final Function<Message<?>, Iterable<Tag>> latencyTags;
    private final Map<Tags, Counters> counters = new ConcurrentHashMap<>();
    private final Map<Tags, Timers> timers = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicReference<Latest>> latencies = new ConcurrentHashMap<>();

    private MessageMeters(String prefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> counterTags,
                          Function<Message<?>, Iterable<Tag>> timerTags,
                          Function<Message<?>, Iterable<Tag>> latencyTags) {
        this.prefix = prefix;
        this.registry = registry;
        this.clock = registry.config().clock();
        this.counterTags = counterTags;
        this.timerTags = timerTags;
        this.latencyTags = latencyTags;
    }

    /** Counters and timers, as Axon gives a command or query bus. */
    static MessageMeters of(String prefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MessageMeters(prefix, registry, tagsBuilder, tagsBuilder, null);
    }

    /** Untagged counters and tagged timers, as Axon gives the event bus (the event store). */
    static MessageMeters ofEventBus(String prefix, MeterRegistry registry,
                                    Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MessageMeters(prefix, registry, message -> Tags.empty(), tagsBuilder, null);
    }

    /** Counters, timers and the latency gauge, as Axon gives an event processor. */
    static MessageMeters ofProcessor(String prefix, MeterRegistry registry,
                                     Function<Message<?>, Iterable<Tag>> tagsBuilder,
                                     Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return new MessageMeters(prefix, registry, tagsBuilder, tagsBuilder, latencyTagsBuilder);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (latencyTags != null && message instanceof EventMessage<?> event) {
            latency(Tags.of(latencyTags.apply(message))).set(new Latest(event, clock.wallTime()));
        }
        Counters count = counters.computeIfAbsent(Tags.of(counterTags.apply(message)), this::counters);
        Timers time = timers.computeIfAbsent(Tags.of(timerTags.apply(message)), this::timers);
        count.ingested().increment();
        long started = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                count.processed().increment();
                count.succeeded().increment();
                record(time.succeeded());
            }

            @Override
            public void reportFailure(Throwable cause) {
                count.processed().increment();
                count.failed().increment();
                record(time.failed());
            }

            @Override
            public void reportIgnored() {
                count.ignored().increment();
                record(time.ignored());
            }

            private void record(Timer outcome) {
                long nanos = clock.monotonicTime() - started;
                time.all().record(nanos, TimeUnit.NANOSECONDS);
                outcome.record(nanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    private AtomicReference<Latest> latency(Tags tags) {
        return latencies.computeIfAbsent(tags, absent -> {
            AtomicReference<Latest> latest = new AtomicReference<>(Latest.NONE);
            Gauge.builder(prefix + ".latency", () -> latest.get().millis()).tags(absent).register(registry);
            return latest;
        });
    }

    /**
     * The last event ingested and when: its latency is worked out only when the gauge is read, because reading an
     * event's timestamp parses the stored text, a cost every event paid on every processor for a gauge that is read
     * once per scrape.
     */
    private record Latest(EventMessage<?> event, long ingestedAtMillis) {

        static final Latest NONE = new Latest(null, 0);

        long millis() {
            return event == null ? 0 : ingestedAtMillis - event.getTimestamp().toEpochMilli();
        }
    }

    private Counters counters(Tags tags) {
        return new Counters(counter(".ingestedCounter", tags), counter(".successCounter", tags),
                counter(".failureCounter", tags), counter(".processedCounter", tags), counter(".ignoredCounter", tags));
    }

    private Timers timers(Tags tags) {
        return new Timers(timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                timer("ignoredTimer", tags));
    }

    private Counter counter(String suffix, Tags tags) {
        return registry.counter(prefix + suffix, tags);
    }

    private Timer timer(String name, Tags tags) {
        return Timer.builder(prefix + "." + name)
                .distributionStatisticExpiry(Duration.ofMinutes(10))
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .tags(tags)
                .register(registry);
    }

    private record Counters(Counter ingested, Counter succeeded, Counter failed, Counter processed,
                            Counter ignored) {
    }

    private record Timers(Timer all, Timer succeeded, Timer failed, Timer ignored) {
    }
}
