package vn.thidua.ledger.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One node with both roles on its embedded PostgreSQL, started once and shared by the integration tests
 * that extend this class (they create their own ids, so they do not step on each other).
 */
@AutoConfigureObservability // Boot's tests switch metric export off; operators rely on it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // immediate: a live-stream test may leave its connection open, which a graceful shutdown waits 30 s for
        properties = {"thidua.demo=false", "thidua.admin-password=" + Api.ADMIN_PASSWORD, "server.shutdown=immediate"})
abstract class NodeIT {

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("thidua.data-dir", DATA_DIR::toString);
        // a read waits for its projection longer than in production: a test on a loaded machine asks right after
        // its writes, and a view still behind would answer for an earlier moment
        registry.add("thidua.query.max-wait", () -> "PT30S");
    }

    Api api() {
        return Api.asAdmin(port);
    }

    /** The last position stored in the event stream. */
    long head() {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static Path createDataDir() {
        try {
            // under target/ so that `mvn clean` takes the test servers' data away
            Path root = Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(root.toAbsolutePath(), "node-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
