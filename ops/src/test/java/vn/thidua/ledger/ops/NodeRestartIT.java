package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/** Stopping a node and starting it again on the same data directory loses nothing. */
class NodeRestartIT {

    @Test
    void historySurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = Nodes.freshDataDir();
        JsonNode before;
        int databasePort;
        long lastBefore;
        try (ConfigurableApplicationContext node = Nodes.start(dataDir, "thidua.demo=false")) {
            Api api = Api.asAdmin(Nodes.port(node));
            assertThat(api.post("/api/units", """
                    {"id": "BD", "name": "Ủy ban nhân dân phường Bồ Đề", "kind": "COMMUNE"}""").status()).isEqualTo(201);
            assertThat(api.post("/api/persons", """
                    {"id": "BD-01", "unitId": "BD", "fullName": "Trịnh Thị Mai", "category": "CONG_CHUC"}""").status())
                    .isEqualTo(201);
            before = api.get("/api/audit/units/BD").json();
            assertThat(before.get("entries")).hasSize(2);
            lastBefore = node.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT last_position FROM event_position").query(Long.class).single();
            databasePort = node.getBean(EmbeddedPostgres.class).port();
        }
        assertThat(accepts(databasePort)).as("the embedded server stops with the node").isFalse();

        try (ConfigurableApplicationContext node = Nodes.start(dataDir, "thidua.demo=false")) {
            Api api = Api.asAdmin(Nodes.port(node));
            JsonNode after = api.get("/api/audit/units/BD").json();
            assertThat(after.get("entries")).isEqualTo(before.get("entries"));
            // and the node goes on writing right after the history it found
            assertThat(api.post("/api/persons", """
                    {"id": "BD-02", "unitId": "BD", "fullName": "Lý Văn Sơn", "category": "NGUOI_LAO_DONG"}""")
                    .json().get("position").asLong()).isEqualTo(lastBefore + 1);
            assertThat(api.post("/api/persons", """
                    {"id": "BD-01", "unitId": "BD", "fullName": "Trùng mã", "category": "CONG_CHUC"}""").status())
                    .isEqualTo(409);
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
