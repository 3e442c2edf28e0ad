package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
            // answered at all, the trail holds what was written: never an empty one of a view still behind
            assertThat(projected.json().get("entries")).as(projected.toString()).isNotEmpty();
            assertThat(api.get("/api/audit/units/CU-NONE").status()).isEqualTo(404);
        }
    }

    @Test
    void commandsDecidedAtOnceInTransactionsOfTheirOwnAreRefusedNotFailed() throws Exception {
        // without group commit each command has a transaction of its own: the one stored second is decided again
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false",
                "thidua.commands.group-commit=false")) {
            Api api = Api.asAdmin(Nodes.port(node));
            java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (int attempt = 0; attempt < 8; attempt++) {
                    String a = "MV-A" + attempt;
                    String b = "MV-B" + attempt;
                    for (String unit : List.of(a, b)) {
                        assertThat(api.post("/api/units", """
                                {"id": "%s", "name": "Tổ %s", "kind": "DIVISION"}""".formatted(unit, unit)).status())
                                .isEqualTo(201);
                    }
                    java.util.concurrent.Future<Api.Response> aUnderB = both.submit(() -> api.post(
                            "/api/units/" + a + "/move", "{\"parentId\": \"" + b + "\", \"effectiveOn\": \"2026-11-01\"}"));
                    java.util.concurrent.Future<Api.Response> bUnderA = both.submit(() -> api.post(
                            "/api/units/" + b + "/move", "{\"parentId\": \"" + a + "\", \"effectiveOn\": \"2026-11-01\"}"));
                    // never a circle, never a 500: the one decided second is refused
                    assertThat(List.of(aUnderB.get().status(), bUnderA.get().status())).as(a)
                            .containsExactlyInAnyOrder(201, 409);
                }
            } finally {
                both.shutdown();
            }
        }
    }

    @Test
    void aPositionOrMomentTheViewsHaveNotReachedIsNotAnsweredShortOfIt() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false",
                "thidua.query.max-wait=PT0.5S")) {
            Api api = Api.asAdmin(Nodes.port(node));
            Api.Response first = api.post("/api/units", """
                    {"id": "CU-2", "name": "Phường Đã Ghi", "kind": "COMMUNE"}""");
            assertThat(first.status()).isEqualTo(201);
            long firstPosition = first.json().get("position").asLong();
            String beforeStop = java.time.OffsetDateTime.now().toString();
            assertThat(api.get("/api/units?asOf=pos:" + firstPosition).status()).isEqualTo(200);
            EventProcessor facts = node.getBean(EventProcessingConfiguration.class).eventProcessor("facts")
                    .orElseThrow();
            EventProcessor audit = node.getBean(EventProcessingConfiguration.class).eventProcessor("audit")
                    .orElseThrow();
            facts.shutDown();
            audit.shutDown();
            Thread.sleep(20); // the next write is stamped after beforeStop
            long written = api.post("/api/units", """
                    {"id": "CU-3", "name": "Phường Chưa Chiếu", "kind": "COMMUNE"}""").json().get("position").asLong();

            // exactly the position written, or a moment after it: not yet, rather than an answer without it
            for (String asOf : List.of("pos:" + written, "2999-01-01")) {
                Api.Response notYet = api.get("/api/units?asOf=" + asOf);
                assertThat(notYet.status()).as(asOf + " " + notYet).isEqualTo(503);
                assertThat(notYet.json().get("rule").asText()).isEqualTo("VIEW_CATCHING_UP");
            }
            Api.Response trail = api.get("/api/audit/units/CU-3?asOf=pos:" + written);
            assertThat(trail.status()).as(trail.toString()).isEqualTo(503);
            // what the views hold is answered as before: an earlier position or moment, and "now" as far as they got
            assertThat(api.get("/api/units?asOf=pos:" + firstPosition).status()).isEqualTo(200);
            Api.Response earlier = api.get("/api/units?asOf=" + java.net.URLEncoder.encode(beforeStop,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);
            assertThat(earlier.json().get("position").asLong()).isEqualTo(firstPosition);
            Api.Response now = api.get("/api/units");
            assertThat(now.status()).isEqualTo(200);
            assertThat(now.json().get("position").asLong()).isLessThan(written);

            facts.start();
            audit.start();
            Api.Response caughtUp = api.get("/api/units?asOf=pos:" + written);
            for (int i = 0; i < 50 && caughtUp.status() != 200; i++) {
                Thread.sleep(100);
                caughtUp = api.get("/api/units?asOf=pos:" + written);
            }
            assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
            assertThat(caughtUp.json().get("position").asLong()).isEqualTo(written);
        }
    }
}
