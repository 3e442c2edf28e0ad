package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows of the facts' and audit's tables, and waiting for their processors and rebuilds, for the rebuild ITs. */
final class ProjectionRows {

    private ProjectionRows() {
    }

    /** Every row of the facts' and audit's live tables, as text, sorted, by table. */
    static Map<String, List<String>> of(JdbcClient jdbc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND (table_name LIKE 'fact\\_%' OR table_name IN ('audit_event', 'audit_entry'))
                  AND table_name NOT LIKE '%\\_\\_rebuild'
                ORDER BY table_name""").query(String.class).list();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return rows;
    }

    /** Asserts that {@code after} holds exactly the rows of {@code before}, table by table. */
    static void assertSame(Map<String, List<String>> before, Map<String, List<String>> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
    }

    static void awaitCaughtUp(EventProcessingConfiguration processing, long head, String... processors)
            throws InterruptedException {
        for (String name : processors) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            for (int i = 0; i < 1200 && !caughtUp(processor, head); i++) {
                Thread.sleep(100);
            }
            assertThat(caughtUp(processor, head)).as(name + " caught up with " + head).isTrue();
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1L) >= head);
    }

    /** Starts the rebuild of {@code projection} and answers its progress once done. */
    static JsonNode rebuild(Api api, String projection) throws InterruptedException {
        Api.Response started = api.post("/api/admin/rebuilds/" + projection, "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitDone(api, projection);
    }

    static JsonNode awaitDone(Api api, String projection) throws InterruptedException {
        JsonNode progress = null;
        for (int i = 0; i < 600; i++) {
            progress = api.get("/api/admin/rebuilds/" + projection).json();
            if (progress.get("state").asText().equals("DONE") || progress.get("state").asText().equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        return progress;
    }
}
