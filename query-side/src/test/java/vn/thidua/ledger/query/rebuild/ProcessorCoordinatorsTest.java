package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coordinators' schedulers on a real pooled processor, over Axon's in-memory event store. */
class ProcessorCoordinatorsTest {

    private final ProcessorCoordinators coordinators = new ProcessorCoordinators();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private Configuration axon;

    @AfterEach
    void shutDown() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    private StreamingEventProcessor start() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> new InMemoryTokenStore())
                        .registerPooledStreamingEventProcessor("facts")
                        .assignHandlerInstancesMatching("facts", handler -> true)
                        .registerEventHandler(c -> new Handler()));
        coordinators.configureModule(configurer);
        axon = configurer.start();
        return axon.eventProcessingConfiguration().eventProcessor("facts", StreamingEventProcessor.class).orElseThrow();
    }

    class Handler {

        @EventHandler
        void on(String event) {
            handled.add(event);
        }
    }

    @Test
    void everyPooledProcessorsCoordinatorCanBeWoken() {
        start();

        assertThat(coordinators.wakeable("facts")).isTrue();
        assertThat(coordinators.wakeable("audit")).isFalse();
    }

    @Test
    void anIdleProcessorAskedToStopStopsOnceItsCoordinatorIsWoken() throws Exception {
        StreamingEventProcessor facts = start();
        axon.eventBus().publish(GenericEventMessage.asEventMessage("first"));
        while (handled.isEmpty()) {
            Thread.sleep(20);
        }

        var stopped = facts.shutdownAsync();
        coordinators.wake("facts");

        stopped.get(10, TimeUnit.SECONDS);
        assertThat(facts.isRunning()).isFalse();
        assertThat(handled).containsExactly("first");
    }

    @Test
    void wakingAProcessorWithoutSuchACoordinatorDoesNothing() {
        coordinators.wake("nobody");

        assertThat(coordinators.wakeable("nobody")).isFalse();
    }
}
