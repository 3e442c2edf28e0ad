package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rebuilding projections beside the live tables, over HTTP: same answers after, progress while, live on. */
class RebuildIT extends NodeIT {

    @Autowired
    EventProcessingConfiguration processing;

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201, 202);
        return response;
    }

    private JsonNode awaitDone(String projection) throws InterruptedException {
        return ProjectionRows.awaitDone(api(), projection);
    }

    @Test
    void rebuiltProjectionsAnswerExactlyAsBeforeAndKeepFollowingTheStream() throws InterruptedException {
        String p = "r" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + p + "-A\", \"name\": \"Phường Gia Thụy\", \"kind\": \"COMMUNE\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-B\", \"name\": \"Phường Ngọc Lâm\", \"kind\": \"COMMUNE\"}"));
        ok(api().post("/api/clusters", "{\"id\": \"" + p + "-C\", \"name\": \"Cụm\", \"kind\": \"CUM\"}"));
        for (String unit : new String[] {"A", "B"}) {
            ok(api().post("/api/clusters/" + p + "-C/members", "{\"unitId\": \"" + p + "-" + unit
                    + "\", \"from\": \"2024-01-01\"}"));
            ok(api().post("/api/evaluations/units", """
                    {"unitId": "%s-%s", "period": "2024-05", "criteriaSet": "VN.VHCS-DV",
                     "scores": {"GENERAL": %d, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}"""
                    .formatted(p, unit, unit.equals("A") ? 25 : 28)));
        }
        String ranking = "/api/rankings?cluster=" + p + "-C&period=2024-05";
        JsonNode before = ok(api().get(ranking)).json();
        JsonNode trailBefore = ok(api().get("/api/audit/units/" + p + "-A")).json();

        JsonNode started = ok(api().post("/api/admin/rebuilds/facts", "")).json();
        assertThat(started.get("state").asText()).isIn("BUILDING", "SWITCHING", "DONE");
        // the live view keeps answering while the copy is built
        assertThat(api().get(ranking).status()).isEqualTo(200);
        JsonNode done = awaitDone("facts");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("processed").asLong()).isGreaterThan(0);
        assertThat(done.get("eventsPerSecond").asLong()).isPositive();

        JsonNode after = ok(api().get(ranking + "&asOf=pos:" + before.get("position").asLong())).json();
        assertThat(after).isEqualTo(before);

        ok(api().post("/api/admin/rebuilds/audit", ""));
        awaitDone("audit");
        JsonNode trailAfter = ok(api().get("/api/audit/units/" + p + "-A?asOf=pos:" + trailBefore.get("position")
                .asLong())).json();
        assertThat(trailAfter).isEqualTo(trailBefore);

        // and the live processors carry on from where the rebuild stopped
        ok(api().post("/api/evaluations/units", """
                {"unitId": "%s-A", "period": "2024-05", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 30, "ADMIN_REFORM": 30, "CIVILISED_OFFICE": 20}}""".formatted(p)));
        JsonNode now = ok(api().get(ranking)).json();
        assertThat(now.get("rows").get(0).get("unitId").asText()).isEqualTo(p + "-A");
        assertThat(api().get("/api/audit/units/" + p + "-A").json().get("entries").size())
                .isGreaterThan(trailBefore.get("entries").size());
    }

    @Test
    void rebuiltTablesHoldExactlyTheRowsTheLiveProjectionsWrote() throws InterruptedException {
        String p = "q" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + p + "-A\", \"name\": \"Phường Gia Thụy\", \"kind\": \"COMMUNE\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-B\", \"name\": \"Phường Ngọc Lâm\", \"kind\": \"COMMUNE\"}"));
        // a new version of a unit and a corrected survey: the rebuild's UPDATEs and INSERT … SELECTs
        ok(api().post("/api/units/" + p + "-A/rename", """
                {"name": "Phường Gia Thụy mới", "reason": "Quyết định 15/QĐ-UBND"}"""));
        ok(api().post("/api/clusters", "{\"id\": \"" + p + "-C\", \"name\": \"Cụm\", \"kind\": \"CUM\"}"));
        for (String unit : new String[] {"A", "B"}) {
            ok(api().post("/api/clusters/" + p + "-C/members", "{\"unitId\": \"" + p + "-" + unit
                    + "\", \"from\": \"2024-01-01\"}"));
            ok(api().post("/api/evaluations/units", """
                    {"unitId": "%s-%s", "period": "2024-06", "criteriaSet": "VN.VHCS-DV",
                     "scores": {"GENERAL": 27, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p, unit)));
        }
        String survey = ok(api().post("/api/surveys", """
                {"unitId": "%s-A", "period": "2024-H1", "respondents": 250, "satisfied": 231, "method": "SIPAS",
                 "note": "Phiếu khảo sát tại Bộ phận một cửa"}""".formatted(p))).json().get("id").asText();
        ok(api().post("/api/surveys/" + survey + "/corrections", """
                {"respondents": 248, "satisfied": 229, "reason": "Nhập trùng 2 phiếu"}"""));
        // corrected evaluations, one of them twice: the rows each correction supersedes (set at the rebuild's end)
        ok(api().post("/api/evaluations/units", """
                {"unitId": "%s-A", "period": "2024-06", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 28, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p)));
        ok(api().post("/api/persons", """
                {"id": "%s-P", "unitId": "%s-A", "fullName": "Vũ Thị Lan", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        for (String tasks : new String[] {"60", "62.5", "65"}) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-P", "period": "2024-06", "criteriaSet": "VN.HN-1841",
                     "scores": {"DISCIPLINE": 18, "TASKS": %s}}""".formatted(p, tasks)));
        }
        long head = head();
        ProjectionRows.awaitCaughtUp(processing, head, "facts", "audit");
        Map<String, List<String>> before = ProjectionRows.of(jdbc);
        assertThat(before.get("fact_survey")).isNotEmpty();
        assertThat(before.get("fact_person_evaluation")).anyMatch(row -> row.contains(p + "-P"));

        ProjectionRows.rebuild(api(), "facts");
        ProjectionRows.rebuild(api(), "audit");

        assertThat(head()).as("no event arrived meanwhile, so the tables must be equal").isEqualTo(head);
        ProjectionRows.assertSame(before, ProjectionRows.of(jdbc));
    }


    @Test
    void aRebuildSeenFinishedMayBeFollowedByAnotherAtOnce() throws InterruptedException {
        // a rebuild tells it has finished a moment before it lets go of its turn: the next must not be refused
        for (int run = 0; run < 5; run++) {
            ok(api().post("/api/admin/rebuilds/facts", ""));
            String state;
            long giveUpAt = System.nanoTime() + 60_000_000_000L;
            do {
                state = api().get("/api/admin/rebuilds/facts").json().get("state").asText();
                Thread.onSpinWait();
            } while (!state.equals("DONE") && !state.equals("FAILED") && System.nanoTime() < giveUpAt);
            assertThat(state).as("run " + run).isEqualTo("DONE");
        }
    }

    @Test
    void aRebuildAskedAgainWithItsKeyIsNotStartedAgain() throws InterruptedException {
        String key = "rebuild-" + java.util.UUID.randomUUID();
        Api.Response first = api().post("/api/admin/rebuilds/facts", "", "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        String startedAt = first.json().get("startedAt").asText();
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (!api().get("/api/admin/rebuilds/facts").json().get("state").asText().equals("DONE")
                && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
        // the first answer again, and no second rebuild: the progress still tells the first one
        Api.Response repeat = api().post("/api/admin/rebuilds/facts", "", "Idempotency-Key", key);
        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
        assertThat(repeat.json().get("startedAt").asText()).isEqualTo(startedAt);
        assertThat(api().get("/api/admin/rebuilds/facts").json().get("startedAt").asText()).isEqualTo(startedAt);
        // the key names that request only
        Api.Response other = api().post("/api/admin/rebuilds/audit", "", "Idempotency-Key", key);
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.json().get("rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aReaderHoldingOneLiveTableWhileTheOthersAreSwitchedIsNeverADeadlockVictim() throws Exception {
        try (java.sql.Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (java.sql.Statement statement = reader.createStatement()) {
                // a read of several tables, in the midst of it: the third of the facts' tables already read
                statement.executeQuery("SELECT count(*) FROM fact_person").close();
                ok(api().post("/api/admin/rebuilds/facts", ""));
                long giveUpAt = System.nanoTime() + 120_000_000_000L;
                String state;
                do {
                    Thread.sleep(20);
                    state = api().get("/api/admin/rebuilds/facts").json().get("state").asText();
                } while (!state.equals("SWITCHING") && !state.equals("FAILED") && System.nanoTime() < giveUpAt);
                assertThat(state).isEqualTo("SWITCHING");
                Thread.sleep(500);
                // the first of them, which a switch renaming the tables one by one would hold by now
                statement.executeQuery("SELECT count(*) FROM fact_timeline").close();
            }
            reader.commit();
        }
        JsonNode done = awaitDone("facts");
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
    }

    @Test
    void unknownProjectionsAreRefusedAndTheKnownOnesListed() {
        assertThat(api().post("/api/admin/rebuilds/nothing", "").status()).isEqualTo(404);
        assertThat(api().get("/api/admin/rebuilds").json().get("projections")).extracting(JsonNode::asText)
                .contains("audit", "facts");
    }
}
