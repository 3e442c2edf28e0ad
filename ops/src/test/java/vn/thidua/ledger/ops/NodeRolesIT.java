package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A node started with one role says so to requests meant for the other; a misspelt role stops it at startup. */
class NodeRolesIT {

    @Test
    void aQueryNodeAnswersWritesWithWhereToSendThem() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.roles=query",
                "thidua.demo=false")) {
            Api api = Api.asAdmin(Nodes.port(node));
            Api.Response write = api.post("/api/units", """
                    {"id": "Q-1", "name": "Phường Q", "kind": "COMMUNE"}""");
            assertThat(write.status()).isEqualTo(421);
            assertThat(write.contentType()).startsWith("application/problem+json");
            assertThat(write.json().get("rule").asText()).isEqualTo("NODE_ROLE");
            assertThat(write.json().get("title").asText()).isEqualTo("Yêu cầu gửi nhầm nút");
            assertThat(write.json().get("detail").asText()).contains("vai trò query").contains("command");
            // what a query node serves, it serves
            assertThat(api.get("/api/integrity/verify").status()).isEqualTo(200);
        }
    }

    @Test
    void aNodeWithAnUnknownRoleDoesNotStart() {
        assertThatThrownBy(() -> Nodes.start(Nodes.freshDataDir(), "thidua.roles=querry"))
                .hasStackTraceContaining("THIDUA_ROLES='querry' không hợp lệ");
    }
}
