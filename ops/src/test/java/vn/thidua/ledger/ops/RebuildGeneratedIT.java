package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rebuild of a whole generated history (the benchmark's small one: tens of batches, read, translated and
 * written side by side) gives the tables the live projections wrote, row for row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"thidua.demo=false", "thidua.admin-password=" + Api.ADMIN_PASSWORD,
                "thidua.generate.scale=small", "thidua.rebuild.defer-indexes-from=0"})
class RebuildGeneratedIT {

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("thidua.data-dir", DATA_DIR::toString);
    }

    @Test
    void aRebuiltHistoryHoldsTheRowsTheLiveProjectionsWrote() throws InterruptedException {
        Api api = Api.asAdmin(port);
        long head = jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
        ProjectionRows.awaitCaughtUp(processing, head, "facts", "audit");
        Map<String, List<String>> before = ProjectionRows.of(jdbc);
        assertThat(before.get("fact_timeline")).hasSize((int) head + 1);

        List<String> indexesBefore = indexes();

        JsonNode facts = ProjectionRows.rebuild(api, "facts");
        ProjectionRows.rebuild(api, "audit");

        assertThat(facts.get("processed").asLong()).isEqualTo(head + 1);
        ProjectionRows.assertSame(before, ProjectionRows.of(jdbc));
        // the indexes left out while the copies filled are there again, on the same columns
        assertThat(indexes()).isEqualTo(indexesBefore);
        // neither copies nor replaced tables are left behind
        assertThat(jdbc.sql("""
                        SELECT tablename FROM pg_tables WHERE schemaname = 'public'
                          AND (tablename LIKE '%\\_\\_old' OR tablename LIKE '%\\_\\_rebuild')""")
                .query(String.class).list()).isEmpty();
    }

    /** The projections' indexes, each as its table and definition without its name. */
    private List<String> indexes() {
        return jdbc.sql("""
                        SELECT tablename || ': ' || regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON') FROM pg_indexes
                        WHERE schemaname = 'public' AND (tablename LIKE 'fact\\_%' OR tablename LIKE 'audit\\_%')
                        ORDER BY 1""")
                .query(String.class).list();
    }

    private static Path createDataDir() {
        try {
            Path root = Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(root.toAbsolutePath(), "generated-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
