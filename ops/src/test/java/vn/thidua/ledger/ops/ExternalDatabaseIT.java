package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/**
 * The node on an external PostgreSQL named by THIDUA_DB_URL. The server to test against is named by
 * {@code THIDUA_IT_DB_URL} (and {@code THIDUA_IT_DB_USER}, {@code THIDUA_IT_DB_PASSWORD}); each run gets a
 * database of its own there, dropped afterwards.
 */
class ExternalDatabaseIT {

    @Test
    void nodeUsesTheExternalServerAndStartsNoEmbeddedOne() throws Exception {
        String url = System.getenv("THIDUA_IT_DB_URL");
        assumeTrue(url != null && !url.isBlank(),
                "THIDUA_IT_DB_URL is not set, so the external-database mode is not tested in this run "
                        + "(.ci/run sets it when PostgreSQL answers on 127.0.0.1:5432)");
        String user = Objects.requireNonNullElse(System.getenv("THIDUA_IT_DB_USER"), "postgres");
        String password = Objects.requireNonNullElse(System.getenv("THIDUA_IT_DB_PASSWORD"), "");
        String database = "thidua_it_" + Long.toHexString(System.nanoTime());
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
        String nodeUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=true",
                "thidua.db.url=" + nodeUrl, "spring.datasource.url=" + nodeUrl,
                "spring.datasource.username=" + user, "spring.datasource.password=" + password)) {
            assertThat(node.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            Api api = Api.asAdmin(Nodes.port(node));
            assertThat(api.get("/api/audit/units/LB").json().get("entries").get(0).get("data").get("name").asText())
                    .isEqualTo("Ủy ban nhân dân quận Long Biên");
            assertThat(api.post("/api/units", """
                    {"id": "EXT-1", "name": "Phòng Văn hóa và Thông tin", "kind": "DIVISION", "parentId": "LB"}""")
                    .status()).isEqualTo(201);
            try (Connection direct = DriverManager.getConnection(nodeUrl, user, password);
                 Statement statement = direct.createStatement();
                 var rs = statement.executeQuery(
                         "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'unit:EXT-1'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
