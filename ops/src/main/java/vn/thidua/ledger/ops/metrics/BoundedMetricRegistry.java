package vn.thidua.ledger.ops.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

/**
 * Axon's dimensional message metrics for event processors, the event store and the command and query buses, the
 * same meters under the same names and tags, but without the "capacity" monitor: it keeps every message's duration
 * of the last ten minutes in memory, which at an import's or a generated history's thousands of events a second came to 11 million
 * entries and a full 1 GiB heap. Counters, timers and processor latency stay ({@link MessageMeters}).
 */
class BoundedMetricRegistry extends GlobalMetricRegistry {

    BoundedMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String eventProcessorName, Function<Message<?>, Iterable<Tag>> tagsBuilder,
            Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return MessageMeters.ofProcessor(eventProcessorName, getRegistry(), tagsBuilder, latencyTagsBuilder);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName,
                                                                      Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return MessageMeters.of(commandBusName, getRegistry(), tagsBuilder);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventBus(String eventBusName,
                                                                 Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return MessageMeters.ofEventBus(eventBusName, getRegistry(), tagsBuilder);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName,
                                                                     Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return MessageMeters.of(queryBusName, getRegistry(), tagsBuilder);
    }
}
