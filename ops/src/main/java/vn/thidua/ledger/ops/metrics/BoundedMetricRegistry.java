package vn.thidua.ledger.ops.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

/**
 * Axon's dimensional message metrics for event processors and the command and query buses, the same meters under the same
 * names and tags, but without the "capacity" monitor: it keeps every message's duration of the last ten minutes
 * in memory, which at an import's or a generated history's thousands of events a second came to 11 million
 * entries and a full 1 GiB heap. Counters, timers and processor latency stay.
 */
class BoundedMetricRegistry extends GlobalMetricRegistry {

    BoundedMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String eventProcessorName, Function<Message<?>, Iterable<Tag>> tagsBuilder,
            Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(eventProcessorName, getRegistry(), tagsBuilder),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(eventProcessorName).meterRegistry(getRegistry())
                        .tagsBuilder(latencyTagsBuilder).build(),
                MessageCountingMonitor.buildMonitor(eventProcessorName, getRegistry(), tagsBuilder)));
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName,
                                                                      Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageCountingMonitor.buildMonitor(commandBusName, getRegistry(), tagsBuilder),
                MessageTimerMonitor.buildMonitor(commandBusName, getRegistry(), tagsBuilder)));
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName,
                                                                     Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageCountingMonitor.buildMonitor(queryBusName, getRegistry(), tagsBuilder),
                MessageTimerMonitor.buildMonitor(queryBusName, getRegistry(), tagsBuilder)));
    }
}
