package vn.thidua.ledger.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

class MessageMetersTest {

    private static final Function<Message<?>, Iterable<Tag>> BY_PAYLOAD =
            message -> Tags.of("payloadType", message.getPayloadType().getSimpleName());
    private static final Function<Message<?>, Iterable<Tag>> LATENCY = message -> Tags.of("processor", "audit");

    @Test
    void registersTheMetersAxonsMonitorsRegisterWithTheSameCounts() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();
        feed(new MultiMessageMonitor<>(List.of(MessageTimerMonitor.buildMonitor("audit", axons, BY_PAYLOAD),
                EventProcessorLatencyMonitor.builder().meterNamePrefix("audit").meterRegistry(axons)
                        .tagsBuilder(LATENCY).build(),
                MessageCountingMonitor.buildMonitor("audit", axons, BY_PAYLOAD))));
        feed(MessageMeters.ofProcessor("audit", ours, BY_PAYLOAD, LATENCY));

        assertThat(describe(ours)).isEqualTo(describe(axons));
        assertThat(describe(ours)).containsEntry("audit.successCounter[payloadType=String] COUNTER", 2.0)
                .containsEntry("audit.ignoredCounter[payloadType=Integer] COUNTER", 1.0)
                .containsEntry("audit.failureCounter[payloadType=String] COUNTER", 1.0)
                .containsEntry("audit.processedCounter[payloadType=String] COUNTER", 3.0);
        Timer all = ours.find("audit.allTimer").tag("payloadType", "String").timer();
        assertThat(all.count()).isEqualTo(3);
        assertThat(all.takeSnapshot().percentileValues()).hasSize(6);
        assertThat(ours.find("audit.latency").gauge().value()).isGreaterThanOrEqualTo(60_000);
    }

    @Test
    void aBusGetsCountersAndTimersWithoutLatency() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();
        feed(new MultiMessageMonitor<>(List.of(MessageCountingMonitor.buildMonitor("commandBus", axons, BY_PAYLOAD),
                MessageTimerMonitor.buildMonitor("commandBus", axons, BY_PAYLOAD))));
        feed(MessageMeters.of("commandBus", ours, BY_PAYLOAD));

        assertThat(describe(ours)).isEqualTo(describe(axons)).doesNotContainKey("commandBus.latency[] GAUGE");
    }

    @Test
    void theEventBusCountsWithoutTagsAndTimesByTag() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();
        feed(new MultiMessageMonitor<>(List.of(MessageCountingMonitor.buildMonitor("eventStore", axons),
                MessageTimerMonitor.buildMonitor("eventStore", axons, BY_PAYLOAD))));
        feed(MessageMeters.ofEventBus("eventStore", ours, BY_PAYLOAD));

        assertThat(describe(ours)).isEqualTo(describe(axons)).containsEntry("eventStore.ingestedCounter[] COUNTER", 4.0);
    }

    @Test
    void theLatencyIsTheLastEventsAtItsIngestionAndItsTimestampIsReadOnlyWhenTheGaugeIs() {
        MockClock clock = new MockClock();
        SimpleMeterRegistry ours = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<Message<?>> meters = MessageMeters.ofProcessor("audit", ours, BY_PAYLOAD, LATENCY);
        AtomicInteger timestampReads = new AtomicInteger();
        Instant stored = Instant.ofEpochMilli(clock.wallTime()).minusSeconds(5);
        meters.onMessageIngested(event("first", stored.minusSeconds(60))).reportSuccess();
        meters.onMessageIngested(event("second", () -> {
            timestampReads.incrementAndGet();
            return stored;
        })).reportSuccess();
        assertThat(timestampReads).hasValue(0);

        clock.add(Duration.ofMinutes(1)); // read later: still the latency the event had when it came in
        assertThat(ours.find("audit.latency").gauge().value()).isEqualTo(5_000);
        assertThat(timestampReads).hasValue(1);
    }

    private static void feed(MessageMonitor<? super EventMessage<?>> monitor) {
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        monitor.onMessageIngested(event("first", aMinuteAgo)).reportSuccess();
        monitor.onMessageIngested(event("second", aMinuteAgo)).reportSuccess();
        monitor.onMessageIngested(event("third", aMinuteAgo)).reportFailure(new IllegalStateException("refused"));
        monitor.onMessageIngested(event(7, aMinuteAgo)).reportIgnored();
    }

    private static EventMessage<?> event(Object payload, Instant at) {
        return event(payload, () -> at);
    }

    private static EventMessage<?> event(Object payload, Supplier<Instant> at) {
        return new GenericEventMessage<>(new org.axonframework.messaging.GenericMessage<>(payload), at);
    }

    /** Every meter as "name[tags] TYPE" with its count (counters, timers) or its presence (gauges: 0). */
    private static Map<String, Double> describe(MeterRegistry registry) {
        Map<String, Double> meters = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            Meter.Id id = meter.getId();
            double value = meter instanceof io.micrometer.core.instrument.Counter counter ? counter.count()
                    : meter instanceof Timer timer ? timer.count() : 0;
            meters.put(id.getName() + id.getTags().stream().map(tag -> tag.getKey() + "=" + tag.getValue()).toList()
                    .toString().replace(", ", ",") + " " + id.getType(), value);
        }
        return meters;
    }
}
