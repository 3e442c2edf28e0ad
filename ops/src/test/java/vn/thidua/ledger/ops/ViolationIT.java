package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Violations and sanctions over HTTP: recording, review, amendment, sanctions, and their audit trails. */
class ViolationIT extends NodeIT {

    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void prefix() {
        p = "v" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    /** Long Biên with its Phòng Nội vụ (công chức Hương) and a secondary school (viên chức Lan). */
    private void district() {
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Ủy ban nhân dân quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-THCS", "name": "Trường THCS Gia Thụy", "kind": "DIVISION", "parentId": "%s-LB"}"""
                .formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-HUONG", "unitId": "%s-PNV", "fullName": "Nguyễn Thị Thu Hương", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-LAN", "unitId": "%s-THCS", "fullName": "Trần Thị Lan", "category": "VIEN_CHUC"}"""
                .formatted(p, p)));
    }

    private String violation(String id, String subjectId, String ruleCode, String occurredOn) {
        return """
                {"id": "%s", "subjectId": "%s", "ruleCode": "%s", "occurredOn": "%s", "source": "CITIZEN_COMPLAINT",
                 "description": "Gây khó khăn, yêu cầu bổ sung giấy tờ ngoài quy định",
                 "evidenceRef": "Đơn thư số 12/ĐT ngày 20/5/2024"}""".formatted(id, subjectId, ruleCode, occurredOn);
    }

    private String recordConfirmed(String subjectId, String occurredOn) {
        String id = p + "-VP-" + UUID.randomUUID().toString().substring(0, 4);
        created(api().post("/api/violations", violation(id, subjectId, "NK-1", occurredOn)));
        created(api().post("/api/violations/" + id + "/confirm", reason("Đoàn kiểm tra kết luận có vi phạm")));
        return id;
    }

    private static String reason(String text) {
        return "{\"reason\": \"" + text + "\"}";
    }

    private static String sanction(String form, String decidedOn) {
        return """
                {"form": "%s", "decidedOn": "%s", "decisionNo": "125/QĐ-UBND"}""".formatted(form, decidedOn);
    }

    private JsonNode entries(String kind, String id) {
        Api.Response trail = api().get("/api/audit/" + kind + "/" + id);
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        return trail.json().get("entries");
    }

    /** The request was refused with {@code status} by {@code rule} (naming {@code field} when not null). */
    private static void assertRefused(Api.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(response.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
        }
    }

    @Test
    void aDismissalEndsThePersonsService() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-03-01");
        created(api().post("/api/violations/" + id + "/sanctions", sanction("BUOC_THOI_VIEC", "2024-06-10")));
        long before = eventCount();
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "2024-07", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p)), 409, "PERSON_DISMISSED", "period");
        assertRefused(api().post("/api/persons/" + p + "-HUONG/transfers", """
                {"toUnitId": "%s-THCS", "effectiveOn": "2024-09-01"}""".formatted(p)), 409, "PERSON_DISMISSED",
                "effectiveOn");
        assertRefused(api().post("/api/violations", violation(p + "-LATE", p + "-HUONG", "NK-1", "2024-08-01")),
                409, "PERSON_DISMISSED", "occurredOn");
        assertThat(eventCount()).isEqualTo(before);
        // the month of the decision is still theirs
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "2024-06", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p)));
        // and the unit's record owes no evaluation of them after it
        JsonNode firstHalf = api().get("/api/dossiers?unit=" + p + "-PNV&period=2024-H1").json();
        JsonNode secondHalf = api().get("/api/dossiers?unit=" + p + "-PNV&period=2024-H2").json();
        assertThat(evaluationsExpected(firstHalf)).isEqualTo(6);
        assertThat(evaluationsExpected(secondHalf)).isZero();
        // nor keeps it open: it may close once they have gone
        created(api().post("/api/units/" + p + "-PNV/close", """
                {"closedOn": "2024-12-31", "reason": "Sáp nhập"}"""));
    }

    @Test
    void aDismissalAnnulledAndItsUnitClosedAtOnceDoNotBothStand() throws Exception {
        district();
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 6; attempt++) {
                String unit = p + "-U" + attempt;
                String person = p + "-P" + attempt;
                created(api().post("/api/units", """
                        {"id": "%s", "name": "Tổ %d", "kind": "DIVISION", "parentId": "%s-LB"}"""
                        .formatted(unit, attempt, p)));
                created(api().post("/api/persons", """
                        {"id": "%s", "unitId": "%s", "fullName": "Vũ Văn Nam", "category": "CONG_CHUC"}"""
                        .formatted(person, unit)));
                String id = recordConfirmed(person, "2024-03-01");
                created(api().post("/api/violations/" + id + "/sanctions", sanction("BUOC_THOI_VIEC", "2024-04-10")));
                java.util.concurrent.Future<Api.Response> close = both.submit(() -> api().post(
                        "/api/units/" + unit + "/close", "{\"closedOn\": \"2024-05-01\"}"));
                java.util.concurrent.Future<Api.Response> annul = both.submit(() -> api().post(
                        "/api/violations/" + id + "/sanctions/annul", reason("Hủy theo kết quả khiếu nại")));
                // closed with its person back at work, never: one of the two is refused
                assertThat(java.util.List.of(close.get().status(), annul.get().status())).as(unit)
                        .containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            both.shutdown();
        }
    }

    private static long evaluationsExpected(JsonNode dossier) {
        for (JsonNode indicator : dossier.get("indicators")) {
            if (indicator.get("code").asText().equals("EVALUATIONS")) {
                return indicator.get("details").get("expected").asLong();
            }
        }
        throw new AssertionError("no EVALUATIONS indicator in " + dossier);
    }

    @Test
    void aChangeOfPostBackDatedBeforeASanctionMustAllowItsForm() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-03-01");
        created(api().post("/api/violations/" + id + "/sanctions", sanction("HA_BAC_LUONG", "2024-06-10")));
        long before = eventCount();
        // a viên chức on the day of the decision could not have been demoted in salary (Decree 112)
        assertRefused(api().post("/api/persons/" + p + "-HUONG/post-changes", """
                {"category": "VIEN_CHUC", "leader": false, "effectiveOn": "2024-01-01"}"""), 409,
                "PERSON_POST_AFTER_SANCTION", "effectiveOn");
        assertThat(eventCount()).isEqualTo(before);
        // once the decision is annulled, the post change stands
        created(api().post("/api/violations/" + id + "/sanctions/annul", reason("Hủy theo kết quả khiếu nại")));
        created(api().post("/api/persons/" + p + "-HUONG/post-changes", """
                {"category": "VIEN_CHUC", "leader": false, "effectiveOn": "2024-01-01"}"""));
    }

    @Test
    void recordConfirmAndSanctionAPersonsViolation() {
        district();
        String id = p + "-VP1";
        Api.Response recorded = created(api().post("/api/violations", violation(id, p + "-HUONG", "NK-1", "2024-05-17")));
        assertThat(recorded.json().get("id").asText()).isEqualTo(id);
        created(api().post("/api/violations/" + id + "/confirm", reason("Đoàn kiểm tra kết luận có vi phạm")));
        Api.Response sanctioned = created(api().post("/api/violations/" + id + "/sanctions",
                sanction("KHIEN_TRACH", "2024-06-10")));

        JsonNode entries = entries("violations", id);
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationConfirmed", "SanctionImposed");
        JsonNode record = entries.get(0);
        assertThat(record.get("occurredOn").asText()).isEqualTo("2024-05-17");
        assertThat(record.get("actor").asText()).isEqualTo("admin");
        assertThat(record.get("data").get("subjectKind").asText()).isEqualTo("PERSON");
        assertThat(record.get("data").get("subjectId").asText()).isEqualTo(p + "-HUONG");
        assertThat(record.get("data").get("unitId").asText()).isEqualTo(p + "-PNV");
        assertThat(record.get("data").get("ruleCode").asText()).isEqualTo("NK-1");
        assertThat(record.get("data").get("catalogueVersion").asInt()).isEqualTo(1);
        assertThat(record.get("data").get("source").asText()).isEqualTo("CITIZEN_COMPLAINT");
        assertThat(record.get("data").get("description").asText())
                .isEqualTo("Gây khó khăn, yêu cầu bổ sung giấy tờ ngoài quy định");
        assertThat(record.get("data").get("evidenceRef").asText()).isEqualTo("Đơn thư số 12/ĐT ngày 20/5/2024");
        assertThat(entries.get(1).get("data").get("reason").asText()).isEqualTo("Đoàn kiểm tra kết luận có vi phạm");
        JsonNode sanction = entries.get(2);
        assertThat(sanction.get("position").asLong()).isEqualTo(sanctioned.json().get("position").asLong());
        assertThat(sanction.get("occurredOn").asText()).isEqualTo("2024-06-10");
        assertThat(sanction.get("data").get("form").asText()).isEqualTo("KHIEN_TRACH");
        assertThat(sanction.get("data").get("category").asText()).isEqualTo("CONG_CHUC");
        assertThat(sanction.get("data").get("decisionNo").asText()).isEqualTo("125/QĐ-UBND");

        assertThat(entries("persons", p + "-HUONG")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered", "ViolationRecorded", "ViolationConfirmed", "SanctionImposed");
        assertThat(entries("units", p + "-PNV")).extracting(e -> e.get("type").asText())
                .contains("ViolationRecorded", "ViolationConfirmed", "SanctionImposed");
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?period=2024-06").json().get("entries"))
                .extracting(e -> e.get("type").asText()).containsExactly("SanctionImposed");
    }

    @Test
    void aViolationWithoutIdGetsOne() {
        district();
        Api.Response recorded = created(api().post("/api/violations", """
                {"subjectId": "%s-HUONG", "ruleCode": "QTUX-RUOU-BIA", "occurredOn": "2024-05-17",
                 "source": "SUPERVISOR"}""".formatted(p)));
        String id = recorded.json().get("id").asText();
        assertThat(id).isNotBlank();
        assertThat(entries("violations", id)).extracting(e -> e.get("data").get("ruleCode").asText())
                .containsExactly("QTUX-RUOU-BIA");
    }

    @Test
    void refusedRecordsStoreNothing() {
        district();
        created(api().post("/api/units", """
                {"id": "%s-HUONG", "name": "Tổ công tác", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/violations", violation(p + "-TAKEN", p + "-LAN", "NK-2", "2024-05-17")));
        long before = eventCount();

        assertRefused(api().post("/api/violations", violation(p + "-V", p + "-LAN", "NK-6", "2024-05-17")),
                400, "RULE_CODE_KNOWN", "ruleCode");
        assertRefused(api().post("/api/violations", violation(p + "-V", p + "-LAN", "NK-1",
                LocalDate.now().plusDays(2).toString())), 400, "VIOLATION_DATE_NOT_IN_FUTURE", "occurredOn");
        assertRefused(api().post("/api/violations", violation(p + "-V", p + "-NOBODY", "NK-1", "2024-05-17")),
                404, "REFERENCE_EXISTS", "subjectId");
        assertRefused(api().post("/api/violations", violation(p + "-V", p + "-HUONG", "NK-1", "2024-05-17")),
                400, "VIOLATION_SUBJECT_AMBIGUOUS", "subjectKind");
        assertRefused(api().post("/api/violations", violation(p + "-TAKEN", p + "-LAN", "NK-1", "2024-05-17")),
                409, "ID_UNIQUE", "id");
        Api.Response missing = api().post("/api/violations", "{\"description\": \"Thiếu hết\"}");
        assertRefused(missing, 400, "INPUT_VALID", null);
        assertThat(missing.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("subjectId", "ruleCode", "occurredOn", "source");
        assertRefused(api().post("/api/violations", """
                {"subjectId": "%s-LAN", "ruleCode": "NK-1", "occurredOn": "2024-05-17", "source": "TIN_DON"}"""
                .formatted(p)), 400, "INPUT_VALID", "source");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void subjectKindSaysWhichOfASharedIdIsMeant() {
        district();
        created(api().post("/api/units", """
                {"id": "%s-HUONG", "name": "Tổ công tác", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/violations", """
                {"id": "%s-VU", "subjectId": "%s-HUONG", "subjectKind": "UNIT", "ruleCode": "QTUX-THE-DEO",
                 "occurredOn": "2024-05-17", "source": "INSPECTION"}""".formatted(p, p)));
        JsonNode data = entries("violations", p + "-VU").get(0).get("data");
        assertThat(data.get("subjectKind").asText()).isEqualTo("UNIT");
        assertThat(data.get("unitId").asText()).isEqualTo(p + "-HUONG");
        assertThat(entries("units", p + "-HUONG")).extracting(e -> e.get("type").asText()).contains("ViolationRecorded");
        assertThat(entries("persons", p + "-HUONG")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered");
    }

    @Test
    void reviewGoesOneWayAndRefusalsStoreNothing() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-05-17");
        String other = p + "-VP2";
        created(api().post("/api/violations", violation(other, p + "-LAN", "NK-2", "2024-05-17")));
        created(api().post("/api/violations/" + other + "/dismiss", reason("Xác minh không có cơ sở")));
        long before = eventCount();

        assertRefused(api().post("/api/violations/" + id + "/confirm", reason("Lần nữa")),
                409, "VIOLATION_ALREADY_CONFIRMED", null);
        assertRefused(api().post("/api/violations/" + id + "/dismiss", reason("Không có cơ sở")),
                409, "VIOLATION_ALREADY_CONFIRMED", null);
        assertRefused(api().post("/api/violations/" + other + "/confirm", reason("Xác nhận")),
                409, "VIOLATION_CLOSED", null);
        assertRefused(api().post("/api/violations/" + other + "/retract", reason("Thu hồi")),
                409, "VIOLATION_CLOSED", null);
        assertRefused(api().post("/api/violations/" + id + "/confirm", "{}"), 400, "INPUT_VALID", "reason");
        assertRefused(api().post("/api/violations/" + p + "-NONE/confirm", reason("Xác nhận")),
                404, "REFERENCE_EXISTS", "id");
        assertRefused(api().post("/api/violations/x!y/confirm", reason("Xác nhận")), 400, "ID_FORMAT", "id");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(entries("violations", other)).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationDismissed");
    }

    @Test
    void sanctionRulesAreEnforcedAndRefusalsStoreNothing() {
        district();
        String unconfirmed = p + "-VP0";
        created(api().post("/api/violations", violation(unconfirmed, p + "-HUONG", "NK-1", "2024-05-17")));
        String teacher = recordConfirmed(p + "-LAN", "2024-05-17");
        String old = recordConfirmed(p + "-HUONG", "2018-03-10");
        long before = eventCount();

        assertRefused(api().post("/api/violations/" + unconfirmed + "/sanctions", sanction("KHIEN_TRACH", "2024-06-10")),
                409, "SANCTION_REQUIRES_CONFIRMED", null);
        Api.Response demotion = api().post("/api/violations/" + teacher + "/sanctions",
                sanction("HA_BAC_LUONG", "2024-06-10"));
        assertRefused(demotion, 400, "SANCTION_FORM_FOR_CATEGORY", "form");
        assertThat(demotion.json().get("detail").asText()).isEqualTo("Hình thức Hạ bậc lương không áp dụng cho viên"
                + " chức không giữ chức vụ lãnh đạo, quản lý; các hình thức được áp dụng: Nhắc nhở, Phê bình,"
                + " Khiển trách, Cảnh cáo, Buộc thôi việc");
        assertRefused(api().post("/api/violations/" + teacher + "/sanctions", sanction("CANH_CAO", "2024-05-16")),
                400, "SANCTION_AFTER_VIOLATION", "decidedOn");
        assertRefused(api().post("/api/violations/" + old + "/sanctions", sanction("KHIEN_TRACH", "2023-03-11")),
                409, "SANCTION_LIMITATION_EXPIRED", "decidedOn");
        assertRefused(api().post("/api/violations/" + teacher + "/sanctions",
                sanction("KHIEN_TRACH", LocalDate.now().plusDays(2).toString())), 400, "SANCTION_DATE_NOT_IN_FUTURE",
                "decidedOn");
        assertRefused(api().post("/api/violations/" + teacher + "/sanctions", sanction("TRU_LUONG", "2024-06-10")),
                400, "INPUT_VALID", "form");
        assertRefused(api().post("/api/violations/" + teacher + "/sanctions/annul", reason("Hủy")),
                409, "SANCTION_IN_FORCE_REQUIRED", null);
        assertThat(eventCount()).isEqualTo(before);

        created(api().post("/api/violations/" + old + "/sanctions", sanction("KHIEN_TRACH", "2023-03-10")));
    }

    @Test
    void theFormsAllowedAreThoseOfThePostHeldOnTheDayOfTheDecision() {
        district();
        // Lan, a teacher (viên chức), becomes a công chức of the district from September 2024
        created(api().post("/api/persons/" + p + "-LAN/post-changes", """
                {"category": "CONG_CHUC", "leader": false, "effectiveOn": "2024-09-01"}"""));
        String teacher = recordConfirmed(p + "-LAN", "2024-05-17");
        long before = eventCount();

        assertRefused(api().post("/api/violations/" + teacher + "/sanctions", sanction("HA_BAC_LUONG", "2024-06-10")),
                400, "SANCTION_FORM_FOR_CATEGORY", "form");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/violations/" + teacher + "/sanctions", sanction("HA_BAC_LUONG", "2024-09-10")));
        JsonNode imposed = api().get("/api/audit/violations/" + teacher).json().get("entries").get(2);
        assertThat(imposed.get("type").asText()).isEqualTo("SanctionImposed");
        assertThat(imposed.get("data").get("category").asText()).isEqualTo("CONG_CHUC");
    }

    @Test
    void oneSanctionAtATimeAndAnAnnulledOneMayBeReplaced() {
        district();
        String id = recordConfirmed(p + "-LAN", "2024-05-17");
        created(api().post("/api/violations/" + id + "/sanctions", sanction("CANH_CAO", "2024-06-10")));
        long before = eventCount();
        assertRefused(api().post("/api/violations/" + id + "/sanctions", sanction("KHIEN_TRACH", "2024-06-11")),
                409, "SANCTION_ALREADY_IMPOSED", null);
        assertRefused(api().post("/api/violations/" + id + "/retract", reason("Ghi nhầm")),
                409, "VIOLATION_SANCTION_IN_FORCE", null);
        assertRefused(api().post("/api/violations/" + id + "/amend", """
                {"occurredOn": "2024-05-01", "reason": "Sửa ngày"}"""), 409, "VIOLATION_SANCTION_IN_FORCE", "occurredOn");
        assertThat(eventCount()).isEqualTo(before);

        assertRefused(api().post("/api/violations/" + id + "/sanctions/annul", """
                {"reason": "Hủy", "annulledOn": "2024-06-09"}"""), 400, "SANCTION_ANNULLED_AFTER_DECISION", "annulledOn");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/violations/" + id + "/sanctions/annul", """
                {"reason": "Hủy theo kết quả giải quyết khiếu nại", "annulledOn": "2024-06-25",
                 "decisionNo": "12/QĐ-UBND"}"""));
        created(api().post("/api/violations/" + id + "/sanctions", sanction("KHIEN_TRACH", "2024-07-01")));

        JsonNode entries = entries("violations", id);
        // the annulment is dated by its own decision
        assertThat(entries.get(3).get("occurredOn").asText()).isEqualTo("2024-06-25");
        assertThat(entries.get(3).get("data").get("annulmentDecisionNo").asText()).isEqualTo("12/QĐ-UBND");
        assertThat(entries).extracting(e -> e.get("type").asText()).containsExactly("ViolationRecorded",
                "ViolationConfirmed", "SanctionImposed", "SanctionAnnulled", "SanctionImposed");
        assertThat(entries.get(3).get("data").get("form").asText()).isEqualTo("CANH_CAO");
        assertThat(entries.get(3).get("data").get("reason").asText()).isEqualTo("Hủy theo kết quả giải quyết khiếu nại");
        assertThat(entries.get(4).get("data").get("form").asText()).isEqualTo("KHIEN_TRACH");
        // the annulment corrects the decision it undoes
        assertThat(entries.get(3).get("corrects").asLong()).isEqualTo(entries.get(2).get("position").asLong());
        assertThat(entries.get(4).has("corrects")).isFalse();
    }

    @Test
    void aDisciplinaryDecisionBarsPromotionForItsMonthsAndAnAnnulledOneBarsNothing() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-05-17");
        created(api().post("/api/violations/" + id + "/sanctions", sanction("HA_BAC_LUONG", "2024-06-10")));
        String path = "/api/persons/" + p + "-HUONG/discipline?on=";

        JsonNode barred = api().get(path + "2024-12-01").json();
        assertThat(barred.get("barred").asBoolean()).isTrue();
        assertThat(barred.get("barredThrough").asText()).isEqualTo("2025-06-09");
        assertThat(barred.get("effect").asText()).contains("nâng ngạch", "2025-06-09");
        assertThat(barred.get("decisions")).hasSize(1);
        assertThat(barred.get("decisions").get(0).get("formLabel").asText()).isEqualTo("Hạ bậc lương");
        assertThat(barred.get("decisions").get(0).get("barInEffect").asBoolean()).isTrue();

        JsonNode yearLater = api().get(path + "2025-06-10").json();
        assertThat(yearLater.get("barred").asBoolean()).isFalse();
        assertThat(yearLater.get("decisions").get(0).get("barInEffect").asBoolean()).isFalse();
        assertThat(api().get(path + "2024-06-09").json().get("decisions")).isEmpty();

        created(api().post("/api/violations/" + id + "/sanctions/annul", reason("Hủy theo kết quả giải quyết khiếu nại")));
        JsonNode annulled = api().get(path + "2024-12-01").json();
        assertThat(annulled.get("barred").asBoolean()).isFalse();
        assertThat(annulled.get("decisions")).isEmpty();
        // as of before the annulment, the bar stood
        assertThat(api().get(path + "2024-12-01&asOf=pos:" + barred.get("position").asLong()).json()
                .get("barred").asBoolean()).isTrue();
        assertThat(api().get("/api/persons/" + p + "-NOBODY/discipline").status()).isEqualTo(404);
    }

    @Test
    void aUnitMayOnlyBeRemindedOrCriticised() {
        district();
        String id = recordConfirmed(p + "-THCS", "2024-05-17");
        long before = eventCount();
        Api.Response refused = api().post("/api/violations/" + id + "/sanctions", sanction("KHIEN_TRACH", "2024-06-10"));
        assertRefused(refused, 400, "SANCTION_FORM_FOR_CATEGORY", "form");
        assertThat(refused.json().get("detail").asText()).endsWith("các hình thức được áp dụng: Nhắc nhở, Phê bình");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/violations/" + id + "/sanctions", sanction("PHE_BINH", "2024-06-10")));
        assertThat(entries("units", p + "-THCS")).extracting(e -> e.get("type").asText())
                .containsExactly("UnitRegistered", "PersonRegistered", "ViolationRecorded", "ViolationConfirmed",
                        "SanctionImposed");
    }

    @Test
    void aRetractedViolationKeepsAllItsEntriesAndAsOfShowsTheEarlierOnes() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-05-17");
        long beforeRetraction = head();
        Api.Response retracted = created(api().post("/api/violations/" + id + "/retract", reason("Ghi nhầm người")));

        JsonNode entries = entries("violations", id);
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationConfirmed", "ViolationRetracted");
        assertThat(entries.get(2).get("position").asLong()).isEqualTo(retracted.json().get("position").asLong());
        assertThat(entries.get(2).get("data").get("reason").asText()).isEqualTo("Ghi nhầm người");
        assertThat(entries.get(0).get("data").get("ruleCode").asText()).isEqualTo("NK-1");

        JsonNode then = api().get("/api/audit/violations/" + id + "?asOf=pos:" + beforeRetraction).json();
        assertThat(then.get("entries")).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationConfirmed");
        assertThat(then.get("position").asLong()).isEqualTo(beforeRetraction);

        assertThat(entries("persons", p + "-HUONG")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered", "ViolationRecorded", "ViolationConfirmed", "ViolationRetracted");
        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?asOf=pos:" + beforeRetraction).json().get("entries"))
                .extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered", "ViolationRecorded", "ViolationConfirmed");

        long before = eventCount();
        assertRefused(api().post("/api/violations/" + id + "/retract", reason("Lần nữa")), 409, "VIOLATION_CLOSED", null);
        assertRefused(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-2", "reason": "Sửa mã"}"""), 409, "VIOLATION_CLOSED", null);
        assertRefused(api().post("/api/violations/" + id + "/sanctions", sanction("KHIEN_TRACH", "2024-06-10")),
                409, "VIOLATION_CLOSED", null);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTrailOfOnePeriodShowsAnAmendmentThatMovedTheDayBesideTheRecordItCorrects() {
        district();
        String id = p + "-VPM";
        created(api().post("/api/violations", violation(id, p + "-HUONG", "NK-1", "2025-01-09")));
        created(api().post("/api/violations/" + id + "/amend", """
                {"occurredOn": "2024-12-30", "reason": "Ghi nhầm năm"}"""));
        for (String period : new String[] {"2025", "2024"}) {
            JsonNode entries = ok(api().get("/api/audit/violations/" + id + "?period=" + period)).json().get("entries");
            assertThat(entries).as(period).extracting(e -> e.get("type").asText())
                    .containsExactly("ViolationRecorded", "ViolationAmended");
            JsonNode person = ok(api().get("/api/audit/persons/" + p + "-HUONG?period=" + period)).json()
                    .get("entries");
            assertThat(person).as(period).extracting(e -> e.get("type").asText())
                    .contains("ViolationRecorded", "ViolationAmended");
        }
        // a period neither day falls in shows neither
        assertThat(ok(api().get("/api/audit/violations/" + id + "?period=2023")).json().get("entries")).isEmpty();
    }

    @Test
    void aViolationAmendedIntoAPeriodShowsThereConfirmedAsItsViewsCountIt() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2025-02-01");
        created(api().post("/api/violations/" + id + "/amend", """
                {"occurredOn": "2024-12-15", "reason": "Ghi nhầm ngày"}"""));
        for (String kind : new String[] {"violations/" + id, "persons/" + p + "-HUONG", "units/" + p + "-PNV"}) {
            JsonNode entries = ok(api().get("/api/audit/" + kind + "?period=2024")).json().get("entries");
            assertThat(entries).as(kind).extracting(e -> e.get("type").asText())
                    .containsSubsequence("ViolationRecorded", "ViolationConfirmed", "ViolationAmended");
        }
        // its sanction keeps the day it was decided on: no part of 2024's trail
        created(api().post("/api/violations/" + id + "/sanctions", sanction("KHIEN_TRACH", "2025-03-10")));
        assertThat(ok(api().get("/api/audit/violations/" + id + "?period=2024")).json().get("entries"))
                .extracting(e -> e.get("type").asText()).doesNotContain("SanctionImposed");
    }

    @Test
    void anAmendmentIsAnEntryOfItsOwnAndKeepsTheEarlierRecord() {
        district();
        String id = p + "-VPA";
        created(api().post("/api/violations", violation(id, p + "-HUONG", "NK-1", "2024-05-17")));
        created(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-2", "occurredOn": "2024-05-16", "reason": "Ghi nhầm ngày và mã quy tắc"}"""));

        JsonNode entries = entries("violations", id);
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationAmended");
        assertThat(entries.get(0).get("occurredOn").asText()).isEqualTo("2024-05-17");
        assertThat(entries.get(0).get("data").get("ruleCode").asText()).isEqualTo("NK-1");
        JsonNode amended = entries.get(1).get("data");
        assertThat(entries.get(1).get("occurredOn").asText()).isEqualTo("2024-05-16");
        assertThat(amended.get("ruleCode").asText()).isEqualTo("NK-2");
        assertThat(amended.get("previousRuleCode").asText()).isEqualTo("NK-1");
        assertThat(amended.get("previousOccurredOn").asText()).isEqualTo("2024-05-17");
        assertThat(amended.get("description").asText()).isEqualTo("Gây khó khăn, yêu cầu bổ sung giấy tờ ngoài quy định");
        assertThat(amended.get("catalogueVersion").asInt()).isEqualTo(1);
        assertThat(entries("persons", p + "-HUONG")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered", "ViolationRecorded", "ViolationAmended");

        long before = eventCount();
        assertRefused(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-2", "reason": "Không đổi gì"}"""), 400, "VIOLATION_AMENDMENT_CHANGES", "body");
        assertRefused(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-7", "reason": "Sửa mã"}"""), 400, "RULE_CODE_KNOWN", "ruleCode");
        assertRefused(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-3"}"""), 400, "INPUT_VALID", "reason");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anAmendmentAfterTheConfirmationCorrectsTheRecordNotTheConfirmation() {
        district();
        String id = recordConfirmed(p + "-HUONG", "2024-05-17");
        created(api().post("/api/violations/" + id + "/amend", """
                {"occurredOn": "2024-05-16", "reason": "Ghi nhầm ngày"}"""));
        created(api().post("/api/violations/" + id + "/amend", """
                {"ruleCode": "NK-2", "reason": "Ghi nhầm mã quy tắc"}"""));

        JsonNode entries = entries("violations", id);
        assertThat(entries).extracting(e -> e.get("type").asText()).containsExactly("ViolationRecorded",
                "ViolationConfirmed", "ViolationAmended", "ViolationAmended");
        assertThat(entries.get(1).has("corrects")).isFalse();
        assertThat(entries.get(2).get("corrects").asLong()).isEqualTo(entries.get(0).get("position").asLong());
        assertThat(entries.get(3).get("corrects").asLong()).isEqualTo(entries.get(2).get("position").asLong());
    }

    @Test
    void ruleCodesListTheCurrentCatalogueWithItsVersion() {
        Api.Response response = api().get("/api/rule-codes");
        assertThat(response.status()).isEqualTo(200);
        JsonNode catalogue = response.json();
        assertThat(catalogue.get("version").asInt()).isEqualTo(1);
        assertThat(catalogue.get("groups")).extracting(g -> g.get("code").asText())
                .containsExactly("NAM_KHONG", "VAN_HOA_CONG_SO");
        assertThat(catalogue.get("entries")).extracting(e -> e.get("code").asText())
                .contains("NK-1", "NK-5", "QTUX-4XIN4LUON", "QTUX-PHO-TRUONG");
        JsonNode first = catalogue.get("entries").get(0);
        assertThat(first.get("code").asText()).isEqualTo("NK-1");
        assertThat(first.get("titleVi").asText()).isEqualTo("Không cửa quyền, hách dịch, gây khó khăn, phiền hà");
        assertThat(first.get("titleEn").asText()).isNotBlank();
        assertThat(first.get("source").asText()).contains("1190/QĐ-TLĐ");
        assertThat(Api.anonymous(port).get("/api/rule-codes").status()).isEqualTo(401);
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        JsonNode paths = api().get("/v3/api-docs").json().get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/violations", "/api/violations/{id}/confirm",
                "/api/violations/{id}/dismiss", "/api/violations/{id}/retract", "/api/violations/{id}/amend",
                "/api/violations/{id}/sanctions", "/api/violations/{id}/sanctions/annul", "/api/rule-codes");
    }
}
