package vn.thidua.ledger.ops.generator;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code thidua.generate.scale=small|district|city} (and {@code thidua.generate.seed}), fills an empty store
 * with a generated history on start, before the node takes requests. Meant for benchmarks and trials, never for
 * a store that holds real records: it refuses to write into one that holds anything but the criteria sets.
 */
@Component
@Order(150) // after the built-in criteria sets the evaluations refer to
@ConditionalOnProperty("thidua.generate.scale")
public class GeneratedHistory implements ApplicationRunner {

    /** What the generator wrote and how long it took. */
    public record Generated(GenerationScale scale, long seed, long events, double seconds) {

        public double eventsPerSecond() {
            return events / Math.max(0.001, seconds);
        }
    }

    static final String ACTOR = "generator";
    private static final Logger log = LoggerFactory.getLogger(GeneratedHistory.class);

    private final EventStore eventStore;
    private final TransactionManager transactionManager;
    private final JdbcClient jdbc;
    private final GenerationScale scale;
    private final long seed;
    private final int eventsPerTransaction;
    private volatile Generated generated;

    GeneratedHistory(EventStore eventStore, TransactionManager transactionManager, JdbcClient jdbc,
                     @Value("${thidua.generate.scale}") String scale,
                     @Value("${thidua.generate.seed:20241}") long seed,
                     @Value("${thidua.generate.events-per-transaction:5000}") int eventsPerTransaction) {
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.scale = GenerationScale.parse(scale);
        this.seed = seed;
        this.eventsPerTransaction = eventsPerTransaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long recorded = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier NOT LIKE 'criteria-set:%'")
                .query(Long.class).single();
        if (recorded > 0) {
            log.warn("Not generating a {} history: the store already holds {} events", scale, recorded);
            return;
        }
        long started = System.nanoTime();
        EventAppender appender = new EventAppender(eventStore, transactionManager, eventsPerTransaction, seed, ACTOR);
        new HistoryGenerator(appender, scale, seed).generate();
        double seconds = (System.nanoTime() - started) / 1e9;
        generated = new Generated(scale, seed, appender.appended(), seconds);
        log.info("Generated a {} history from seed {}: {} events in {} s ({} events/s)", scale, seed,
                appender.appended(), Math.round(seconds * 10) / 10.0, Math.round(generated.eventsPerSecond()));
    }

    /** The history this node generated on start, or null when it generated none. */
    public Generated generated() {
        return generated;
    }
}
