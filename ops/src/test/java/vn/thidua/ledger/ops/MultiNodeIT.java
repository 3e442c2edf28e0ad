package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes on one PostgreSQL, as the README runs them: a command node whose embedded server the query nodes
 * join as their external database, each node with a name of its own in the token store (they share one JVM here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static ConfigurableApplicationContext commandNode;
    private static ConfigurableApplicationContext firstQueryNode;
    private static ConfigurableApplicationContext secondQueryNode;
    private static JdbcClient database;

    @BeforeAll
    static void startNodes() throws Exception {
        commandNode = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false", "thidua.roles=command",
                "thidua.node-id=command-1");
        String url = ((HikariDataSource) commandNode.getBean(DataSource.class)).getJdbcUrl();
        database = commandNode.getBean(JdbcClient.class);
        firstQueryNode = queryNode(url, "query-1");
        // the first query node claims the projections before the second starts
        awaitOwner("facts", "query-1");
        awaitOwner("audit", "query-1");
        secondQueryNode = queryNode(url, "query-2");
    }

    private static ConfigurableApplicationContext queryNode(String url, String name) throws Exception {
        return Nodes.start(Nodes.freshDataDir(), "thidua.roles=query", "thidua.node-id=" + name,
                "thidua.db.url=" + url, "spring.datasource.url=" + url);
    }

    @AfterAll
    static void stopNodes() {
        // the command node last: the others use its database
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {secondQueryNode,
                firstQueryNode, commandNode}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static Api api(ConfigurableApplicationContext node) {
        return Api.asAdmin(Nodes.port(node));
    }

    private static List<String> owners(String processor) {
        return database.sql("SELECT coalesce(owner, '') FROM token_entry WHERE processor_name = ? ORDER BY segment")
                .param(processor).query(String.class).list();
    }

    private static void awaitOwner(String processor, String owner) throws InterruptedException {
        await(() -> owners(processor).equals(List.of(owner)), Duration.ofSeconds(30),
                () -> processor + " claimed by " + owner + ", not " + owners(processor));
    }

    private static void await(Supplier<Boolean> condition, Duration atMost, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as(what.get()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    @Order(1)
    void everyQueryNodeAnswersWhatTheCommandNodeWrote() {
        created(api(commandNode).post("/api/units", """
                {"id": "MN-GT", "name": "Ủy ban nhân dân phường Gia Thụy", "kind": "COMMUNE"}"""));
        for (ConfigurableApplicationContext node : List.of(firstQueryNode, secondQueryNode)) {
            // a read waits for the projection, whichever node runs it, to reach the write
            JsonNode trail = api(node).get("/api/audit/units/MN-GT").json();
            assertThat(trail.get("entries")).hasSize(1);
            assertThat(trail.get("entries").get(0).get("data").get("name").asText())
                    .isEqualTo("Ủy ban nhân dân phường Gia Thụy");
        }
        assertThat(api(firstQueryNode).post("/api/units", """
                {"id": "MN-X", "name": "Phường", "kind": "COMMUNE"}""").status()).isEqualTo(421);
    }

    @Test
    @Order(1)
    void theRuleCatalogueIsReadFromAQueryNodeLikeEveryRead() {
        Api.Response catalogue = api(secondQueryNode).get("/api/rule-codes");
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().get("entries").get(0).get("code").asText()).isEqualTo("NK-1");
        Api.Response misdirected = api(commandNode).get("/api/rule-codes");
        assertThat(misdirected.status()).isEqualTo(421);
        assertThat(misdirected.json().get("rule").asText()).isEqualTo("NODE_ROLE");
    }

    @Test
    @Order(2)
    void aProjectionIsRebuiltOnANodeWhileAnotherNodeRunsItsLiveProcessor() throws InterruptedException {
        created(api(commandNode).post("/api/units", """
                {"id": "MN-NL", "name": "Ủy ban nhân dân phường Ngọc Lâm", "kind": "COMMUNE"}"""));
        created(api(commandNode).post("/api/clusters", """
                {"id": "MN-CUM", "name": "Cụm thi đua phường", "kind": "CUM"}"""));
        created(api(commandNode).post("/api/clusters/MN-CUM/members", """
                {"unitId": "MN-NL", "from": "2024-01-01"}"""));
        created(api(commandNode).post("/api/evaluations/units", """
                {"unitId": "MN-NL", "period": "2024-05", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 25, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}"""));
        String ranking = "/api/rankings?cluster=MN-CUM&period=2024-05";
        JsonNode before = api(secondQueryNode).get(ranking).json();
        assertThat(before.get("rows")).hasSize(1);
        assertThat(owners("facts")).containsOnly("query-1");

        // asked of the node that does not run the projection's live processor
        JsonNode done = ProjectionRows.rebuild(api(secondQueryNode), "facts");

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        // any node tells how it went, not only the one that ran it
        JsonNode toldElsewhere = api(firstQueryNode).get("/api/admin/rebuilds/facts").json();
        assertThat(toldElsewhere.get("state").asText()).as(toldElsewhere.toString()).isEqualTo("DONE");
        assertThat(toldElsewhere.get("lastPosition").asLong()).isEqualTo(done.get("lastPosition").asLong());
        JsonNode after = api(firstQueryNode).get(ranking + "&asOf=pos:" + before.get("position").asLong()).json();
        assertThat(after).isEqualTo(before);
        // and the live processor, on whichever node claims it now, carries on from the rebuild's end
        created(api(commandNode).post("/api/evaluations/units", """
                {"unitId": "MN-NL", "period": "2024-05", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 30, "ADMIN_REFORM": 30, "CIVILISED_OFFICE": 20}}"""));
        for (ConfigurableApplicationContext node : List.of(firstQueryNode, secondQueryNode)) {
            JsonNode now = api(node).get(ranking).json();
            assertThat(now.get("position").asLong()).isGreaterThan(before.get("position").asLong());
            assertThat(now.get("rows").get(0).get("score").decimalValue())
                    .isGreaterThan(before.get("rows").get(0).get("score").decimalValue());
        }
    }

    @Test
    @Order(3)
    void aProjectionIsRebuiltByOneNodeAtATime() throws Exception {
        HikariDataSource pool = (HikariDataSource) commandNode.getBean(DataSource.class);
        // another node rebuilding the audit, as far as the others can tell: the lock its rebuild holds
        try (Connection otherNode = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()); Statement statement = otherNode.createStatement()) {
            ResultSet taken = statement.executeQuery("SELECT pg_try_advisory_lock(hashtext('thidua-rebuild:audit'))");
            assertThat(taken.next() && taken.getBoolean(1)).isTrue();

            Api.Response refused = api(firstQueryNode).post("/api/admin/rebuilds/audit", "");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("rule").asText()).isEqualTo("REBUILD_ONCE_AT_A_TIME");
            assertThat(api(firstQueryNode).get("/api/admin/rebuilds/audit").status())
                    .as("no rebuild was started").isEqualTo(404);
            // as that node reports its progress
            statement.executeUpdate("""
                    INSERT INTO rebuild_status (projection, node, state, target, processed, last_position, started_at,
                                                updated_at)
                    VALUES ('audit', 'query-9', 'BUILDING', 999, 400, 399, now(), now())""");
            JsonNode underWay = api(firstQueryNode).get("/api/admin/rebuilds/audit").json();
            assertThat(underWay.get("state").asText()).as(underWay.toString()).isEqualTo("BUILDING");
            assertThat(underWay.get("percent").asInt()).isEqualTo(40);
        }
        // that node gone, its rebuild is told interrupted
        JsonNode interrupted = api(firstQueryNode).get("/api/admin/rebuilds/audit").json();
        assertThat(interrupted.get("state").asText()).as(interrupted.toString()).isEqualTo("INTERRUPTED");
        assertThat(interrupted.get("error").asText()).contains("query-9");
        // once that node is done (or gone), this one may
        assertThat(ProjectionRows.rebuild(api(firstQueryNode), "audit").get("state").asText()).isEqualTo("DONE");
        // another node's rebuild begun since is what this one tells, not its own finished one — even by a clock an
        // hour behind this node's
        try (Connection otherNode = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()); Statement statement = otherNode.createStatement()) {
            ResultSet taken = statement.executeQuery("SELECT pg_try_advisory_lock(hashtext('thidua-rebuild:audit'))");
            assertThat(taken.next() && taken.getBoolean(1)).isTrue();
            statement.executeUpdate("""
                    UPDATE rebuild_status SET node = 'query-9', state = 'BUILDING', finished_at = NULL, error = NULL,
                                              started_at = now() - interval '1 hour', updated_at = now()
                    WHERE projection = 'audit'""");
            JsonNode later = api(firstQueryNode).get("/api/admin/rebuilds/audit").json();
            assertThat(later.get("state").asText()).as(later.toString()).isEqualTo("BUILDING");
        }
        JsonNode gone = api(firstQueryNode).get("/api/admin/rebuilds/audit").json();
        assertThat(gone.get("state").asText()).as(gone.toString()).isEqualTo("INTERRUPTED");
    }

    @Test
    @Order(4)
    void theOtherQueryNodeTakesOverTheProjectionsOfOneThatStops() throws InterruptedException {
        await(() -> List.of(List.of("query-1"), List.of("query-2")).contains(owners("audit")),
                Duration.ofSeconds(30), () -> "audit claimed by a query node, not " + owners("audit"));
        boolean firstRunsIt = owners("audit").equals(List.of("query-1"));
        ConfigurableApplicationContext stopping = firstRunsIt ? firstQueryNode : secondQueryNode;
        ConfigurableApplicationContext remaining = firstRunsIt ? secondQueryNode : firstQueryNode;
        stopping.close();
        if (firstRunsIt) {
            firstQueryNode = null;
        } else {
            secondQueryNode = null;
        }

        created(api(commandNode).post("/api/units", """
                {"id": "MN-PD", "name": "Ủy ban nhân dân phường Phúc Đồng", "kind": "COMMUNE"}"""));

        String survivor = firstRunsIt ? "query-2" : "query-1";
        awaitOwner("audit", survivor);
        await(() -> api(remaining).get("/api/audit/units/MN-PD").status() == 200, Duration.ofSeconds(30),
                () -> "the unit's trail on " + survivor);
        assertThat(api(remaining).get("/api/audit/units/MN-PD").json().get("entries")).hasSize(1);
    }
}
