package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first vertical slice, over HTTP: units, persons, campaigns and pledges, and their audit trails. */
class UnitToPledgeSliceIT extends NodeIT {

    private final ObjectMapper json = new ObjectMapper();
    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void prefix() {
        p = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private void district() {
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Ủy ban nhân dân quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-HUONG", "unitId": "%s-PNV", "fullName": "Nguyễn Thị Thu Hương", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        created(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Cán bộ, công chức, viên chức nói không với tiêu cực", "kind": "CAMPAIGN",
                 "scopeUnitId": "%s-LB", "from": "2024-01-01", "to": "2025-12-31",
                 "midTermReview": "2024-12-20", "finalReview": "2025-12-15"}""".formatted(p, p)));
    }

    private String pledge(String personId) {
        return """
                {"campaignId": "%s-NKTC", "personId": "%s", "signedOn": "2024-01-15",
                 "items": ["Không cửa quyền, hách dịch", "Thực hiện 4 xin, 4 luôn"]}""".formatted(p, personId);
    }

    @Test
    void everyWriteAnswersItsIdAndTheGlobalPositionOfItsEvent() {
        Api.Response unit = created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        assertThat(unit.contentType()).startsWith("application/json");
        assertThat(unit.json().get("id").asText()).isEqualTo(p + "-LB");
        long position = unit.json().get("position").asLong();
        assertThat(jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?")
                .param(position).query(String.class).single()).isEqualTo("unit:" + p + "-LB");
    }

    @Test
    void auditTrailListsThePersonsEventsOldestFirstWithActorAndData() {
        district();
        Api.Response signed = created(api().post("/api/pledges", pledge(p + "-HUONG")));
        String pledgeId = signed.json().get("id").asText();
        assertThat(pledgeId).isNotBlank();

        JsonNode trail = api().get("/api/audit/persons/" + p + "-HUONG").json();
        JsonNode entries = trail.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("type").asText()).isEqualTo("PersonRegistered");
        assertThat(entries.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(entries.get(0).get("data").get("fullName").asText()).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(entries.get(1).get("type").asText()).isEqualTo("PledgeSigned");
        assertThat(entries.get(1).get("occurredOn").asText()).isEqualTo("2024-01-15");
        assertThat(entries.get(1).get("position").asLong()).isEqualTo(signed.json().get("position").asLong());
        assertThat(entries.get(0).get("position").asLong()).isLessThan(entries.get(1).get("position").asLong());
        assertThat(Instant.parse(entries.get(1).get("recordedAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(trail.get("position").asLong()).isGreaterThanOrEqualTo(signed.json().get("position").asLong());

        JsonNode pledgeTrail = api().get("/api/audit/pledges/" + pledgeId).json().get("entries");
        assertThat(pledgeTrail).hasSize(1);
        assertThat(pledgeTrail.get(0).get("data").get("unitId").asText()).isEqualTo(p + "-PNV");
        assertThat(pledgeTrail.get(0).get("data").get("items").get(1).asText()).isEqualTo("Thực hiện 4 xin, 4 luôn");
    }

    @Test
    void unitTrailShowsItsRegistrationAndWhatHappenedUnderIt() {
        district();
        JsonNode entries = api().get("/api/audit/units/" + p + "-LB").json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("UnitRegistered", "UnitRegistered", "CampaignLaunched");
        assertThat(entries.get(2).get("period").asText()).isEqualTo("2024-01-01..2025-12-31");
    }

    @Test
    void asOfAPositionShowsTheTrailAsItStoodThen() {
        district();
        long before = head();
        created(api().post("/api/pledges", pledge(p + "-HUONG")));

        JsonNode then = api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:" + before).json();
        assertThat(then.get("entries")).hasSize(1);
        assertThat(then.get("position").asLong()).isEqualTo(before);
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG").json().get("entries")).hasSize(2);
    }

    @Test
    void asOfATimestampShowsTheTrailAsItStoodThen() throws InterruptedException {
        district();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        created(api().post("/api/pledges", pledge(p + "-HUONG")));

        JsonNode then = api().get("/api/audit/persons/" + p + "-HUONG?asOf=" + between).json();
        assertThat(then.get("entries")).hasSize(1);
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?asOf=" + Instant.now()).json().get("entries"))
                .hasSize(2);
        // the position answered is that of the moment, not the head: asked again by it, or later, the same answer
        assertThat(then.get("position").asLong()).isLessThan(head());
        created(api().post("/api/units", """
                {"id": "%s-TC", "name": "Phòng Tài chính", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:" + then.get("position").asLong()).json())
                .isEqualTo(then);
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?asOf=" + between).json()).isEqualTo(then);
    }

    @Test
    void aPositionTheStreamHasNotReachedIsRefused() {
        district();
        long beyond = head() + 1_000;
        Api.Response audit = api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:" + beyond);
        assertThat(audit.status()).isEqualTo(400);
        assertThat(audit.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(api().get("/api/dossiers?unit=" + p + "-PNV&period=2024&asOf=pos:" + beyond).status())
                .isEqualTo(400);
        assertThat(api().get("/api/dossiers?unit=" + p + "-PNV&period=2024&asOf=pos:" + head()).status())
                .isEqualTo(200);
    }

    @Test
    void periodFiltersOnBusinessTime() {
        district();
        created(api().post("/api/pledges", pledge(p + "-HUONG")));
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?period=2024-01").json().get("entries"))
                .extracting(e -> e.get("type").asText()).containsExactly("PledgeSigned");
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?period=2024-Q2").json().get("entries")).isEmpty();
    }

    @Test
    void malformedJsonIsRefusedWith400AndStoresNothing() {
        long before = eventCount();
        Api.Response response = api().post("/api/units", "{\"id\": \"" + p + "\", \"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        long before = eventCount();
        Api.Response response = api().post("/api/units", """
                {"id": "%s-X", "kind": "DIVISION"}""".formatted(p));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("name");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void everyMissingFieldOfAPersonIsNamedTogether() {
        Api.Response response = api().post("/api/persons", "{\"id\": \"" + p + "-X\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("unitId", "fullName", "category");
    }

    @Test
    void invalidFieldValuesAreNamed() {
        district();
        assertThat(api().post("/api/persons", """
                {"id": "%s-Y", "unitId": "%s-PNV", "fullName": "Trần Văn Y", "category": "GIAM_DOC"}"""
                .formatted(p, p)).json().get("errors").get(0).get("field").asText()).isEqualTo("category");
        assertThat(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-HUONG", "signedOn": "2024-02-30"}""".formatted(p, p))
                .json().get("errors").get(0).get("field").asText()).isEqualTo("signedOn");
        assertThat(api().post("/api/units", """
                {"id": "có dấu", "name": "Phòng", "kind": "DIVISION"}""").json().get("errors").get(0).get("field")
                .asText()).isEqualTo("id");
        Api.Response backwards = api().post("/api/campaigns", """
                {"id": "%s-C2", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-LB",
                 "from": "2025-01-01", "to": "2024-01-01"}""".formatted(p, p));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    }

    @Test
    void unknownReferencesAreRefusedWith404AndStoreNothing() {
        district();
        long before = eventCount();
        assertNotFound(api().post("/api/units", """
                {"id": "%s-U", "name": "Phòng Y tế", "kind": "DIVISION", "parentId": "%s-NOWHERE"}""".formatted(p, p)),
                "parentId");
        assertNotFound(api().post("/api/persons", """
                {"id": "%s-P", "unitId": "%s-NOWHERE", "fullName": "Lê Văn Nam", "category": "VIEN_CHUC"}"""
                .formatted(p, p)), "unitId");
        assertNotFound(api().post("/api/campaigns", """
                {"id": "%s-C", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-NOWHERE",
                 "from": "2024-01-01", "to": "2024-12-31"}""".formatted(p, p)), "scopeUnitId");
        assertNotFound(api().post("/api/pledges", """
                {"campaignId": "%s-NOWHERE", "personId": "%s-HUONG", "signedOn": "2024-01-15"}""".formatted(p, p)),
                "campaignId");
        assertNotFound(api().post("/api/pledges", pledge(p + "-NOBODY")), "personId");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static void assertNotFound(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    @Test
    void reusedIdsAreRefusedWith409AndStoreNothing() {
        district();
        long before = eventCount();
        assertConflict(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng khác", "kind": "DIVISION"}""".formatted(p)));
        assertConflict(api().post("/api/persons", """
                {"id": "%s-HUONG", "unitId": "%s-PNV", "fullName": "Người khác", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        assertConflict(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Khác", "kind": "CAMPAIGN", "scopeUnitId": "%s-LB",
                 "from": "2024-01-01", "to": "2024-12-31"}""".formatted(p, p)));
        String pledgeWithId = "{\"id\": \"" + p + "-CK\", " + pledge(p + "-HUONG").substring(1);
        created(api().post("/api/pledges", pledgeWithId));
        long afterPledge = eventCount();
        assertConflict(api().post("/api/pledges", pledgeWithId));
        assertThat(eventCount()).isEqualTo(afterPledge).isEqualTo(before + 1);
    }

    @Test
    void aPostWithoutIdGetsAGeneratedOne() {
        Api.Response unit = created(api().post("/api/units", "{\"name\": \"Tổ một cửa\", \"kind\": \"DIVISION\"}"));
        String id = unit.json().get("id").asText();
        assertThat(id).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(api().get("/api/audit/units/" + id).json().get("entries").get(0).get("data").get("name").asText())
                .isEqualTo("Tổ một cửa");
    }

    @Test
    void aUnitAndAPersonMayShareAnId() {
        district();
        created(api().post("/api/units", """
                {"id": "%s-HUONG", "name": "Tổ công tác", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
    }

    private static void assertConflict(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isNotBlank();
    }

    @Test
    void secondActivePledgeOfAPersonInACampaignIsAConflict() {
        district();
        created(api().post("/api/pledges", pledge(p + "-HUONG")));
        Api.Response second = api().post("/api/pledges", pledge(p + "-HUONG"));
        assertConflict(second);
        assertThat(second.json().get("rule").asText()).isEqualTo("PLEDGE_ONE_ACTIVE");
    }

    @Test
    void personOutsideTheCampaignScopeCannotPledge() {
        district();
        created(api().post("/api/units", """
                {"id": "%s-GL", "name": "Quận Gia Lâm", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/persons", """
                {"id": "%s-OUT", "unitId": "%s-GL", "fullName": "Phạm Văn Ngoài", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        Api.Response response = api().post("/api/pledges", pledge(p + "-OUT"));
        assertConflict(response);
        assertThat(response.json().get("rule").asText()).isEqualTo("PLEDGE_PERSON_IN_SCOPE");
    }

    @Test
    void concurrentPledgesOfOnePersonStoreExactlyOne() throws Exception {
        district();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> api().post("/api/pledges", pledge(p + "-HUONG")).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%PledgeSigned' "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'personId' = ?").param(p + "-HUONG")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstAnswerAndStoresNothingNew() {
        district();
        String key = UUID.randomUUID().toString();
        Api.Response first = api().post("/api/pledges", pledge(p + "-HUONG"), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        long after = eventCount();

        Api.Response retry = api().post("/api/pledges", pledge(p + "-HUONG"), "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestIsAConflict() {
        district();
        String key = UUID.randomUUID().toString();
        created(api().post("/api/units", """
                {"id": "%s-A", "name": "Phòng A", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p),
                "Idempotency-Key", key));
        Api.Response other = api().post("/api/units", """
                {"id": "%s-B", "name": "Phòng B", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p),
                "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(api().get("/api/audit/units/" + p + "-B").status()).isEqualTo(404);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyStoreOnce() throws Exception {
        district();
        String key = UUID.randomUUID().toString();
        long before = eventCount();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Api.Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> api().post("/api/units", """
                        {"id": "%s-K", "name": "Phòng K", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p),
                        "Idempotency-Key", key));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(attempts)) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Api.Response::status).containsOnly(201, 200);
            assertThat(responses).extracting(r -> r.json().get("position").asLong()).containsOnly(
                    responses.get(0).json().get("position").asLong());
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void everyEventCarriesActorCorrelationIdAndIdempotencyKey() throws Exception {
        district();
        Api.Response response = api().post("/api/pledges", pledge(p + "-HUONG"),
                "Idempotency-Key", "key-" + p, "X-Correlation-Id", "corr-" + p);
        String metaData = jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE global_index = ?")
                .param(response.json().get("position").asLong()).query(String.class).single();
        JsonNode meta = json.readTree(metaData);
        assertThat(meta.get("actor").asText()).isEqualTo("admin");
        assertThat(meta.get("correlationId").asText()).isEqualTo("corr-" + p);
        assertThat(meta.get("idempotencyKey").asText()).isEqualTo("key-" + p);

        JsonNode withoutHeaders = json.readTree(jdbc.sql(
                        "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param("unit:" + p + "-LB").query(String.class).single());
        assertThat(withoutHeaders.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void storedPayloadsAreJsonInByteaWithVietnameseIntact() {
        district();
        assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'domain_event_entry' AND column_name = 'payload'").query(String.class).single())
                .isEqualTo("bytea");
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param("person:" + p + "-HUONG").query(String.class).single();
        assertThat(payload).contains("\"fullName\":\"Nguyễn Thị Thu Hương\"");
    }

    @Test
    void globalPositionsHaveNoGaps() {
        district();
        api().post("/api/units", "{\"id\": \"" + p + "-PNV\", \"name\": \"trùng\", \"kind\": \"DIVISION\"}");
        api().post("/api/pledges", pledge(p + "-NOBODY"));
        created(api().post("/api/pledges", pledge(p + "-HUONG")));
        assertThat(jdbc.sql("SELECT max(global_index) - min(global_index) + 1 = count(*) FROM domain_event_entry")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT min(global_index) FROM domain_event_entry").query(Long.class).single()).isZero();
    }

    @Test
    void storedEventsCannotBeUpdatedOrDeleted() {
        district();
        long position = head();
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () ->
                jdbc.sql("UPDATE domain_event_entry SET payload = '\\x00' WHERE global_index = ?").param(position).update()))
                .rootCause().hasMessageContaining("immutable");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () ->
                jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(position).update()))
                .rootCause().hasMessageContaining("immutable");
    }

    @Test
    void auditOfAnUnknownEntityIs404AndABadAsOfIs400() {
        assertThat(api().get("/api/audit/persons/" + p + "-NOBODY").status()).isEqualTo(404);
        Api.Response spaceships = api().get("/api/audit/spaceships/" + p);
        assertThat(spaceships.status()).isEqualTo(404);
        assertThat(spaceships.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(spaceships.json().get("detail").asText()).contains("persons", "units");
        district();
        Api.Response bad = api().get("/api/audit/persons/" + p + "-HUONG?asOf=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?period=2024-13").status()).isEqualTo(400);
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:-2").status()).isEqualTo(400);
        // before the first event: the position a moment before anything answers, and asking with it again works
        Api.Response before = api().get("/api/audit/persons/" + p + "-HUONG?asOf=2000-01-01T00:00:00%2B07:00");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().get("position").asLong()).isEqualTo(-1);
        Api.Response again = api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:-1");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("entries")).isEmpty();
    }

    @Test
    void requestsWithoutValidCredentialsAre401() {
        Api.Response anonymous = Api.anonymous(port).post("/api/units", """
                {"id": "%s-Z", "name": "Phòng Z", "kind": "DIVISION"}""".formatted(p));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "admin", "sai-mat-khau").get("/api/audit/units/" + p).status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/api/audit/units/" + p).status()).isEqualTo(401);
        assertThat(api().get("/api/audit/units/" + p + "-Z").status()).isEqualTo(404);
    }
}
