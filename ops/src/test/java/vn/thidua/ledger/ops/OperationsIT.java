package vn.thidua.ledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import javax.sql.DataSource;
import org.postgresql.PGProperty;
import org.postgresql.jdbc.PgConnection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/** What operators look at: health, Prometheus metrics with Axon's processor figures, the API description. */
class OperationsIT extends NodeIT {

    @Autowired
    ApplicationContext context;

    @Test
    void batchedInsertsTravelAsMultiRowInsertsOnTheEmbeddedDatabase() throws Exception {
        // the append triggers work per statement: imports and projections rely on few, large INSERTs
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            PGProperty rewrite = PGProperty.REWRITE_BATCHED_INSERTS;
            assertThat(connection.unwrap(PgConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
                    .as(rewrite.getName()).isTrue();
        }
    }

    @Test
    void healthIsUpWithoutCredentials() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsDimensionalEventProcessorMetrics() throws InterruptedException {
        api().post("/api/units", "{\"id\": \"ops-metrics\", \"name\": \"Phòng đo\", \"kind\": \"AGENCY\"}");
        String metrics = "";
        for (int i = 0; i < 50 && !metrics.contains("processorName=\"audit\""); i++) {
            Thread.sleep(100);
            metrics = Api.anonymous(port).get("/actuator/prometheus").body();
        }
        assertThat(metrics).contains("eventProcessor_allTimer_seconds").contains("processorName=\"audit\"");
        assertThat(metrics).contains("eventProcessor_latency").contains("eventProcessor_processedCounter");
        assertThat(metrics).contains("commandBus_");
        // no monitor that keeps every message of the last ten minutes in memory (BoundedMetricRegistry)
        assertThat(metrics).doesNotContain("eventProcessor_capacity").doesNotContain("commandBus_capacity");
    }

    @Test
    void openApiDescribesTheWriteAndReadEndpoints() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/pledges")).isTrue();
        assertThat(docs.json().get("paths").has("/api/audit/{kind}/{id}")).isTrue();
        // a write answers 201 when it stores, 200 when it replays an idempotent request
        JsonNode pledge = docs.json().get("paths").get("/api/pledges").get("post").get("responses");
        assertThat(pledge.fieldNames()).toIterable().contains("201", "200");
        assertThat(pledge.get("201").get("content").toString()).contains("WriteResult");
        // and every refusal as the problem detail it is, naming the rule (and for bad input the fields)
        assertThat(pledge.fieldNames()).toIterable().contains("400", "401", "403", "404", "409");
        assertThat(pledge.get("409").get("content").get("application/problem+json").get("schema").get("$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        JsonNode audit = docs.json().get("paths").get("/api/audit/{kind}/{id}").get("get").get("responses");
        assertThat(audit.fieldNames()).toIterable().contains("200", "400", "404", "503").doesNotContain("409");
        assertThat(docs.json().get("components").get("schemas").get("Problem").get("properties").has("rule"))
                .isTrue();
        // an audit entry's data is the event itself, an object
        JsonNode schemas = docs.json().get("components").get("schemas");
        // a criteria set without criteria or bands is refused: the description says they are required
        assertThat(schemas.get("PublishCriteriaSetRequest").get("required")).extracting(JsonNode::asText)
                .contains("version", "subject", "effectiveFrom", "criteria", "bands");
        assertThat(schemas.get("AuditEntry").get("properties").get("data").get("type").asText()).isEqualTo("object");
        // each view's rows under a name of their own: a ranking's rows are not a what-if's
        assertThat(schemas.get("Ranking").get("properties").get("rows").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/RankingRow");
        assertThat(schemas.get("RankingRow").get("properties").fieldNames()).toIterable()
                .contains("rank", "unitId", "unitName", "score", "breakdown");
        assertThat(schemas.get("WhatIf").get("properties").get("rows").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/WhatIfRow");
        assertThat(schemas.get("Classifications").get("properties").get("rows").get("items").get("oneOf"))
                .hasSize(3);
        // what the server requires is marked required; the dossier answers JSON or the files
        JsonNode ranking = docs.json().get("paths").get("/api/rankings").get("get");
        assertThat(ranking.get("parameters")).filteredOn(p -> p.get("required").asBoolean())
                .extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("cluster", "period");
        assertThat(docs.json().get("paths").get("/api/dossiers").get("get").get("responses").get("200")
                .get("content").fieldNames()).toIterable().contains("application/json", "application/pdf", "text/csv");
        assertThat(docs.json().get("paths").get("/api/stream/rankings").get("get").get("parameters"))
                .extracting(p -> p.get("name").asText()).doesNotContain("asOf");
        // signed in with HTTP Basic; every write may carry an Idempotency-Key
        assertThat(docs.json().get("components").get("securitySchemes").get("basic").get("scheme").asText())
                .isEqualTo("basic");
        assertThat(docs.json().get("paths").get("/api/pledges").get("post").get("parameters"))
                .extracting(p -> p.get("name").asText()).contains("Idempotency-Key");
        assertThat(docs.json().get("info").get("title").asText()).isEqualTo("Thi Đua Ledger API");
        assertThat(Api.anonymous(port).get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void runsOnItsOwnEmbeddedPostgresWhenNoDatabaseIsNamed() {
        EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
        assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
                .isGreaterThanOrEqualTo(170000);
        assertThat(postgres.dataDirectory()).exists();
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void builtInCriteriaSetsArePublishedAtFirstStartWithTheirUnconfirmedValuesLabelled() {
        com.fasterxml.jackson.databind.JsonNode hanoi = api().get("/api/criteria-sets/VN.HN-3814").json();
        assertThat(hanoi.get("versions").get(0).get("unconfirmed").asBoolean()).isTrue();
        assertThat(hanoi.get("versions").get(0).get("publishedBy").asText()).isEqualTo("system:catalogue");
        com.fasterxml.jackson.databind.JsonNode decree = api().get("/api/criteria-sets/VN.ND-335").json();
        com.fasterxml.jackson.databind.JsonNode v1 = decree.get("versions").get(0);
        assertThat(v1.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(v1.get("quota").get("base").asText()).isEqualTo("LEVEL:HTT");
        assertThat(v1.get("sanctionCap").get("window").asText()).isEqualTo("YEAR");
        assertThat(api().get("/api/criteria-sets/VN.VHCS-DV").json().get("versions").get(0).get("criteria").get(3)
                .get("source").asText()).isEqualTo("SURVEY");
        assertThat(api().get("/api/criteria-sets/VN.HN-1841").status()).isEqualTo(200);
    }
}
