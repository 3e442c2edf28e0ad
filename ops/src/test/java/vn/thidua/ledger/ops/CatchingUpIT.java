package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A view that cannot catch up within the wait (its processor stopped, or changing hands between query nodes) does
 * not answer "not found" for what was written: it answers 503, try again.
 */
class CatchingUpIT {

    @Test
    void anEntityWrittenButNotYetProjectedIsNotDeclaredMissing() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false",
                "thidua.query.max-wait=PT0.5S")) {
            Api api = Api.asAdmin(Nodes.port(node));
            EventProcessor audit = node.getBean(EventProcessingConfiguration.class).eventProcessor("audit")
                    .orElseThrow();
            audit.shutDown();
            assertThat(api.post("/api/units", """
                    {"id": "CU-1", "name": "Phường Chờ", "kind": "COMMUNE"}""").status()).isEqualTo(201);

            Api.Response notYet = api.get("/api/audit/units/CU-1");
            assertThat(notYet.status()).as(notYet.toString()).isEqualTo(503);
            assertThat(notYet.json().get("rule").asText()).isEqualTo("VIEW_CATCHING_UP");
            assertThat(notYet.json().get("detail").asText()).contains("thử lại");

            audit.start();
            Api.Response projected = api.get("/api/audit/units/CU-1");
            for (int i = 0; i < 50 && projected.status() != 200; i++) {
                Thread.sleep(100);
                projected = api.get("/api/audit/units/CU-1");
            }
            assertThat(projected.status()).as(projected.toString()).isEqualTo(200);
            assertThat(api.get("/api/audit/units/CU-NONE").status()).isEqualTo(404);
        }
    }
}
