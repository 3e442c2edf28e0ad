package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent single commands are stored a group per transaction (command.dispatch.GroupCommit); every caller must
 * still get exactly the answer it would get alone: its own position, its own refusal, nothing stored for it when
 * refused.
 */
class GroupCommitIT extends NodeIT {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 48;

    private String p;

    @BeforeEach
    void prefix() {
        p = "g" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)).status())
                .isEqualTo(201);
    }

    @Test
    void concurrentCommandsAreEachAnsweredWithThePositionOfTheirOwnEvent() throws Exception {
        List<Api.Response> responses = concurrently(i -> api().post("/api/units", """
                {"id": "%s-D%d", "name": "Phòng %d", "kind": "DIVISION", "parentId": "%s-LB"}"""
                .formatted(p, i, i, p)));

        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Api.Response response = responses.get(i);
            assertThat(response.status()).as("request %d", i).isEqualTo(201);
            long position = response.json().get("position").asLong();
            positions.add(position);
            String stream = jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?")
                    .param(position).query(String.class).single();
            assertThat(stream).isEqualTo("unit:" + p + "-D" + i);
        }
        assertThat(positions).doesNotHaveDuplicates();
        // and they were grouped: more commands were stored than transactions were used
        String metrics = Api.anonymous(port).get("/actuator/prometheus").body();
        assertThat(metric(metrics, "thidua_commands_group_size_sum"))
                .isGreaterThan(metric(metrics, "thidua_commands_group_size_count"));
    }

    private static double metric(String exposition, String name) {
        return exposition.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aRefusedCommandAmongConcurrentOnesIsRefusedAloneAndStoresNothing() throws Exception {
        // every third request names a parent that does not exist
        List<Api.Response> responses = concurrently(i -> api().post("/api/units", """
                {"id": "%s-E%d", "name": "Phòng %d", "kind": "DIVISION", "parentId": "%s"}"""
                .formatted(p, i, i, i % 3 == 0 ? p + "-NOWHERE" : p + "-LB")));

        for (int i = 0; i < REQUESTS; i++) {
            Api.Response response = responses.get(i);
            long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                    .param("unit:" + p + "-E" + i).query(Long.class).single();
            if (i % 3 == 0) {
                assertThat(response.status()).as("request %d", i).isBetween(400, 499);
                assertThat(response.json().get("rule").asText()).isNotBlank();
                assertThat(stored).isZero();
            } else {
                assertThat(response.status()).as("request %d", i).isEqualTo(201);
                assertThat(stored).isEqualTo(1);
                String stream = jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?")
                        .param(response.json().get("position").asLong()).query(String.class).single();
                assertThat(stream).isEqualTo("unit:" + p + "-E" + i);
            }
        }
    }

    @Test
    void anEvaluationSentWithADismissalIsNeverStoredAfterIt() throws Exception {
        // one person a pair of requests, sent at once: the dismissal (10 April) and an evaluation of May
        int people = REQUESTS / 2;
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            assertThat(api().post("/api/persons", """
                    {"id": "%s-P%d", "unitId": "%s-LB", "fullName": "Nguyễn Văn %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i)).status()).isEqualTo(201);
            String violation = api().post("/api/violations", """
                    {"subjectId": "%s-P%d", "ruleCode": "NK-3", "occurredOn": "2024-03-01", "source": "SUPERVISOR"}"""
                    .formatted(p, i)).json().get("id").asText();
            assertThat(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}")
                    .status()).isEqualTo(201);
            violations.add(violation);
        }
        List<Api.Response> responses = concurrently(i -> i % 2 == 0
                ? api().post("/api/violations/" + violations.get(i / 2) + "/sanctions", """
                        {"form": "BUOC_THOI_VIEC", "decidedOn": "2024-04-10", "decisionNo": "%d/QĐ"}""".formatted(i))
                : api().post("/api/evaluations/persons", """
                        {"personId": "%s-P%d", "period": "2024-05", "criteriaSet": "VN.HN-3814",
                         "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p, i / 2)));

        for (int i = 0; i < people; i++) {
            Api.Response dismissal = responses.get(2 * i);
            Api.Response evaluation = responses.get(2 * i + 1);
            assertThat(dismissal.status()).as(dismissal.toString()).isEqualTo(201);
            if (evaluation.status() == 201) {
                // stored first: the dismissal came later, as a late decision
                assertThat(evaluation.json().get("position").asLong()).as("person %d", i)
                        .isLessThan(dismissal.json().get("position").asLong());
            } else {
                assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(409);
                assertThat(evaluation.json().get("rule").asText()).isEqualTo("PERSON_DISMISSED");
                assertThat(api().get("/api/audit/persons/" + p + "-P" + i).json().get("entries").findValuesAsText("type"))
                        .doesNotContain("PersonEvaluated");
            }
        }
    }

    @Test
    void anEvaluationSentWithATransferNamesTheUnitThePersonWasInAtTheMonthsEnd() throws Exception {
        assertThat(api().post("/api/units", """
                {"id": "%s-NL", "name": "Phường Ngọc Lâm", "kind": "COMMUNE"}""".formatted(p)).status()).isEqualTo(201);
        int people = REQUESTS / 2;
        for (int i = 0; i < people; i++) {
            assertThat(api().post("/api/persons", """
                    {"id": "%s-T%d", "unitId": "%s-LB", "fullName": "Trần Văn %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i)).status()).isEqualTo(201);
        }
        List<Api.Response> responses = concurrently(i -> i % 2 == 0
                ? api().post("/api/persons/" + p + "-T" + i / 2 + "/transfers", """
                        {"toUnitId": "%s-NL", "effectiveOn": "2024-07-15"}""".formatted(p))
                : api().post("/api/evaluations/persons", """
                        {"personId": "%s-T%d", "period": "2024-07", "criteriaSet": "VN.HN-3814",
                         "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p, i / 2)));

        // stored after the transfer: July's end is in the new unit, as it would be decided alone
        assertEachNamesTheUnitOfItsDay(responses, i -> "/api/audit/persons/" + p + "-T" + i);
    }

    @Test
    void aViolationMovedToAnotherDayBesideATransferNamesTheUnitThePersonWasInOnThatDay() throws Exception {
        assertThat(api().post("/api/units", """
                {"id": "%s-NL", "name": "Phường Ngọc Lâm", "kind": "COMMUNE"}""".formatted(p)).status()).isEqualTo(201);
        int people = REQUESTS / 2;
        for (int i = 0; i < people; i++) {
            assertThat(api().post("/api/persons", """
                    {"id": "%s-V%d", "unitId": "%s-LB", "fullName": "Lê Thị %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i)).status()).isEqualTo(201);
            assertThat(api().post("/api/violations", """
                    {"id": "%s-VV%d", "subjectId": "%s-V%d", "ruleCode": "NK-1", "occurredOn": "2024-06-03",
                     "source": "CITIZEN_COMPLAINT"}""".formatted(p, i, p, i)).status()).isEqualTo(201);
        }
        List<Api.Response> responses = concurrently(i -> i % 2 == 0
                ? api().post("/api/persons/" + p + "-V" + i / 2 + "/transfers", """
                        {"toUnitId": "%s-NL", "effectiveOn": "2024-07-15"}""".formatted(p))
                : api().post("/api/violations/" + p + "-VV" + i / 2 + "/amend", """
                        {"occurredOn": "2024-08-10", "reason": "Ghi nhầm ngày xảy ra vi phạm"}"""));

        // 10 August is after the transfer: stored after it, the amendment names the new unit
        assertEachNamesTheUnitOfItsDay(responses, i -> "/api/audit/violations/" + p + "-VV" + i);
    }

    @Test
    void commandsThatStoreNothingAmongConcurrentOnesAreAnsweredWithTheirEntitysLastEvent() throws Exception {
        int people = REQUESTS / 2;
        List<Long> firstPositions = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            assertThat(api().post("/api/persons", """
                    {"id": "%s-S%d", "unitId": "%s-LB", "fullName": "Phạm Văn %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i)).status()).isEqualTo(201);
            Api.Response first = api().post("/api/evaluations/persons", evaluation(i, 60));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            firstPositions.add(first.json().get("position").asLong());
        }
        // each person's May sent again unchanged, beside a change of their June
        List<Api.Response> responses = concurrently(i -> i % 2 == 0
                ? api().post("/api/evaluations/persons", evaluation(i / 2, 60))
                : api().post("/api/evaluations/persons", evaluation(i / 2, 61).replace("2024-05", "2024-06")));

        for (int i = 0; i < people; i++) {
            Api.Response again = responses.get(2 * i);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().get("position").asLong()).isEqualTo(firstPositions.get(i));
            Api.Response june = responses.get(2 * i + 1);
            assertThat(june.status()).as(june.toString()).isEqualTo(201);
        }
    }

    private String evaluation(int person, int tasks) {
        return """
                {"personId": "%s-S%d", "period": "2024-05", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": %d}}""".formatted(p, person, tasks);
    }

    /**
     * Of each pair (a transfer to {@code -NL} from {@code -LB}, then a fact of the person dated after it, both 201),
     * the fact's entry in its trail names the new unit when it was stored after the transfer, else the old one.
     */
    private void assertEachNamesTheUnitOfItsDay(List<Api.Response> responses,
                                                java.util.function.IntFunction<String> trail) {
        for (int i = 0; i < responses.size() / 2; i++) {
            Api.Response transfer = responses.get(2 * i);
            Api.Response fact = responses.get(2 * i + 1);
            assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
            assertThat(fact.status()).as(fact.toString()).isEqualTo(201);
            long at = fact.json().get("position").asLong();
            String unit = null;
            for (com.fasterxml.jackson.databind.JsonNode entry : api().get(trail.apply(i)).json().get("entries")) {
                if (entry.get("position").asLong() == at) {
                    unit = entry.get("data").get("unitId").asText();
                }
            }
            assertThat(unit).as("person %d", i).isEqualTo(
                    at > transfer.json().get("position").asLong() ? p + "-NL" : p + "-LB");
        }
    }

    private interface Request {
        Api.Response send(int index);
    }

    private List<Api.Response> concurrently(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int index = i;
                calls.add(() -> request.send(index));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
