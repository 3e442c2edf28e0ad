package vn.thidua.ledger.query.rebuild;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.stereotype.Component;

/**
 * Gives every pooled processor a coordinator scheduler that can be woken, so that a rebuild's switch-over stops the
 * live processor when it asks, not at the coordinator's next idle poll (up to half a second later).
 */
@Component
class ProcessorCoordinators implements ConfigurerModule {

    private final Map<String, WakeableScheduler> schedulers = new ConcurrentHashMap<>();

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                (config, builder) -> builder.coordinatorExecutor(name -> {
                    // the same thread names as Axon's own coordinator executor
                    WakeableScheduler scheduler = new WakeableScheduler(new AxonThreadFactory("Coordinator[" + name + "]"));
                    config.onShutdown(scheduler::shutdown);
                    schedulers.put(name, scheduler);
                    return scheduler;
                })));
    }

    /** Has {@code processor}'s coordinator run now what it had put off: after a stop request, the stop. */
    void wake(String processor) {
        WakeableScheduler scheduler = schedulers.get(processor);
        if (scheduler != null) {
            scheduler.wake();
        }
    }

    /** Whether {@code processor}'s coordinator runs on a scheduler that can be woken. */
    boolean wakeable(String processor) {
        return schedulers.containsKey(processor);
    }
}
