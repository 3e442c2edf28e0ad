package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
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
        JsonNode progress = null;
        for (int i = 0; i < 600; i++) {
            progress = ok(api().get("/api/admin/rebuilds/" + projection)).json();
            if (progress.get("state").asText().equals("DONE") || progress.get("state").asText().equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        return progress;
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
        long head = head();
        awaitCaughtUp(head, "facts", "audit");
        Map<String, List<String>> before = rows();
        assertThat(before.get("fact_survey")).isNotEmpty();

        ok(api().post("/api/admin/rebuilds/facts", ""));
        awaitDone("facts");
        ok(api().post("/api/admin/rebuilds/audit", ""));
        awaitDone("audit");

        assertThat(head()).as("no event arrived meanwhile, so the tables must be equal").isEqualTo(head);
        Map<String, List<String>> after = rows();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
    }

    /** Every row of the facts' and audit's tables, as text, sorted, by table. */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND (table_name LIKE 'fact\\_%' OR table_name = 'audit_entry')
                  AND table_name NOT LIKE '%\\_\\_rebuild'
                ORDER BY table_name""").query(String.class).list();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return rows;
    }

    private void awaitCaughtUp(long head, String... processors) throws InterruptedException {
        for (String name : processors) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            for (int i = 0; i < 300 && !caughtUp(processor, head); i++) {
                Thread.sleep(100);
            }
            assertThat(caughtUp(processor, head)).as(name + " caught up with " + head).isTrue();
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1L) >= head);
    }

    @Test
    void unknownProjectionsAndSecondRebuildsAreRefused() {
        assertThat(api().post("/api/admin/rebuilds/nothing", "").status()).isEqualTo(404);
        assertThat(api().get("/api/admin/rebuilds").json().get("projections")).extracting(JsonNode::asText)
                .contains("audit", "facts");
    }
}
