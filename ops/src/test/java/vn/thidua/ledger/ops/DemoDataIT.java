package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start on an empty database loads the Long Biên demo, once; THIDUA_DEMO=false keeps it out. */
class DemoDataIT {

    @Test
    void firstStartLoadsTheDemoAndARestartDoesNotLoadItAgain() throws Exception {
        var dataDir = Nodes.freshDataDir();
        long eventsAfterFirstStart;
        // "yes" as any flag word the settings accept
        try (ConfigurableApplicationContext node = Nodes.start(dataDir, "thidua.demo=yes")) {
            int port = Nodes.port(node);
            JsonNode district = Api.asAdmin(port).get("/api/audit/units/LB").json();
            assertThat(district.get("entries").get(0).get("data").get("name").asText())
                    .isEqualTo("Ủy ban nhân dân quận Long Biên");
            assertThat(district.get("entries").get(0).get("actor").asText()).isEqualTo("demo");
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(DISTINCT category) FROM directory_person").query(Long.class).single())
                    .isEqualTo(4);
            assertThat(jdbc.sql("SELECT count(*) FROM directory_pledge").query(Long.class).single())
                    .isPositive()
                    .isLessThan(jdbc.sql("SELECT count(*) FROM directory_person").query(Long.class).single());
            eventsAfterFirstStart = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();

            JsonNode standings = Api.asAdmin(port).get("/api/rankings?cluster=LB-CUM-PHUONG&period=2024").json();
            assertThat(standings.get("criteriaSet").asText()).isEqualTo("VN.VHCS-DV@1");
            assertThat(standings.get("rows")).hasSize(3);
            assertThat(standings.get("rows").get(0).get("score").decimalValue()).isPositive();
            JsonNode month = Api.asAdmin(port).get("/api/classifications?unit=LB-PNV&period=2024-05").json();
            assertThat(month.get("rows")).hasSize(3);
            assertThat(month.get("criteriaSet").asText()).isEqualTo("VN.HN-1841@1");
            // 1841-QĐ/TU's point split is not confirmed: its classifications are flagged indicative
            assertThat(month.get("criteriaSetUnconfirmed").asBoolean()).isTrue();
            assertThat(Api.asAdmin(port).get("/api/classifications?unit=LB-PNV&period=2024").json()
                    .get("criteriaSetUnconfirmed").isBoolean()).isTrue();
        }
        try (ConfigurableApplicationContext node = Nodes.start(dataDir, "thidua.demo=true")) {
            assertThat(node.getBean(JdbcClient.class).sql("SELECT count(*) FROM domain_event_entry")
                    .query(Long.class).single()).isEqualTo(eventsAfterFirstStart);
        }
    }

    @Test
    void demoCanBeSwitchedOff() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false")) {
            assertThat(node.getBean(JdbcClient.class).sql("SELECT count(*) FROM domain_event_entry "
                    + "WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' <> 'system:catalogue'")
                    .query(Long.class).single()).isZero();
        }
    }
}
