package vn.thidua.ledger.ops;

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
        assertThat(metrics).contains("commandBus_");
    }

    @Test
    void openApiDescribesTheWriteAndReadEndpoints() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/pledges")).isTrue();
        assertThat(docs.json().get("paths").has("/api/audit/{kind}/{id}")).isTrue();
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
}
