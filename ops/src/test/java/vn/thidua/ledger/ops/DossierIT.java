package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspection dossier of a unit for a year, over HTTP, now and as of an earlier position. */
class DossierIT extends NodeIT {

    private static String p;
    private static long beforeCovenant;

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }

    @BeforeEach
    void history() throws InterruptedException {
        if (p != null) {
            return;
        }
        p = "d" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + p + "-Q\", \"name\": \"Quận Long Biên\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-TP\", \"name\": \"Phòng Tư pháp quận Long Biên\", "
                + "\"kind\": \"DIVISION\", \"parentId\": \"" + p + "-Q\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-YT\", \"name\": \"Phòng Y tế\", "
                + "\"kind\": \"DIVISION\", \"parentId\": \"" + p + "-Q\"}"));
        String[][] people = {{"A", "Đặng Thị Ngọc Ánh"}, {"K", "Ngô Văn Khải"}, {"L", "Lê Thị Lan"}};
        for (String[] person : people) {
            ok(api().post("/api/persons", """
                    {"id": "%s-%s", "unitId": "%s-TP", "fullName": "%s", "category": "CONG_CHUC"}"""
                    .formatted(p, person[0], p, person[1])));
        }
        ok(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-Q",
                 "from": "2024-01-01", "to": "2025-12-31", "midTermReview": "2024-12-20"}""".formatted(p, p)));
        ok(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-A", "signedOn": "2024-01-10"}""".formatted(p, p)));
        ok(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-K", "signedOn": "2024-01-11"}""".formatted(p, p)));
        String violation = ok(api().post("/api/violations", """
                {"subjectId": "%s-K", "ruleCode": "NK-1", "occurredOn": "2024-04-02", "source": "CITIZEN_COMPLAINT"}"""
                .formatted(p))).json().get("id").asText();
        ok(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        ok(api().post("/api/violations/" + violation + "/sanctions",
                "{\"form\": \"KHIEN_TRACH\", \"decidedOn\": \"2024-05-20\", \"decisionNo\": \"12/QĐ-KL\"}"));
        ok(api().post("/api/surveys", """
                {"unitId": "%s-TP", "period": "2024-H1", "respondents": 200, "satisfied": 184}""".formatted(p)));
        for (String person : new String[] {"A", "K", "L"}) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-%s", "period": "2024-03", "criteriaSet": "VN.HN-3814",
                     "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p, person)));
        }
        ok(api().post("/api/inspections", """
                {"id": "%s-KT", "team": ["Trần Văn Bình"], "targetUnitId": "%s-TP", "period": "2024-H1"}"""
                .formatted(p, p)));
        ok(api().post("/api/inspections/" + p + "-KT/findings",
                "{\"item\": \"COVENANT_SIGNED\", \"result\": \"NOT_MET\", \"note\": \"Chưa ký giao ước\"}"));
        ok(api().post("/api/inspections/" + p + "-KT/findings",
                "{\"item\": \"SELF_INSPECTION_DONE\", \"result\": \"PARTLY_MET\", \"note\": \"Tự kiểm tra chưa đủ\"}"));
        ok(api().post("/api/inspections/" + p + "-KT/close", "{\"conclusion\": \"Cần ký giao ước trong quý III\"}"));
        ok(api().post("/api/reports", """
                {"unitId": "%s-TP", "kind": "SIX_MONTHLY", "year": 2024, "campaignId": "%s-NKTC"}""".formatted(p, p)));
        beforeCovenant = head();
        ok(api().post("/api/covenants", """
                {"campaignId": "%s-NKTC", "unitIds": ["%s-TP", "%s-YT"], "signedOn": "2024-08-01"}"""
                .formatted(p, p, p)));
        ok(api().post("/api/campaigns/" + p + "-NKTC/reviews",
                "{\"kind\": \"MID_TERM\", \"heldOn\": \"2024-12-20\", \"summary\": \"Sơ kết năm 2024\"}"));
    }

    private static JsonNode indicator(JsonNode dossier, String code) {
        for (JsonNode indicator : dossier.get("indicators")) {
            if (indicator.get("code").asText().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError(code + " missing from " + dossier);
    }

    @Test
    void aCampaignLaunchedOnlyBelowAUnitIsNotItsLaunch() {
        String q = "l" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + q + "-T\", \"name\": \"Tỉnh Bắc Giang\", \"kind\": \"PROVINCE\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + q + "-H\", \"name\": \"Huyện Lục Ngạn\", \"kind\": \"DISTRICT\", "
                + "\"parentId\": \"" + q + "-T\"}"));
        ok(api().post("/api/campaigns", """
                {"id": "%s-VHCS", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-H",
                 "from": "2021-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-H&period=2022")).json(), "LAUNCH_ORGANISED")
                .get("status").asText()).isEqualTo("MET");
        // the district launched it: the province above it did not
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-T&period=2022")).json(), "LAUNCH_ORGANISED")
                .get("status").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void dossierShowsEveryIndicatorWithTheEntriesBehindIt() {
        JsonNode dossier = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024")).json();
        assertThat(dossier.get("unitName").asText()).isEqualTo("Phòng Tư pháp quận Long Biên");
        assertThat(indicator(dossier, "LAUNCH_ORGANISED").get("status").asText()).isEqualTo("MET");

        JsonNode coverage = indicator(dossier, "PLEDGE_COVERAGE");
        assertThat(coverage.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(coverage.get("details").get("signed").asInt()).isEqualTo(2);
        assertThat(coverage.get("details").get("people").asInt()).isEqualTo(3);
        assertThat(coverage.get("details").get("missing")).extracting(m -> m.get("fullName").asText())
                .containsExactly("Lê Thị Lan");
        assertThat(coverage.get("entries")).hasSize(2);

        JsonNode violations = indicator(dossier, "VIOLATIONS");
        assertThat(violations.get("details").get("byRule").get("NK-1").asInt()).isEqualTo(1);
        assertThat(violations.get("details").get("byStatus").get("CONFIRMED").asInt()).isEqualTo(1);
        assertThat(violations.get("details").get("bySanction").get("KHIEN_TRACH").asInt()).isEqualTo(1);
        assertThat(violations.get("entries")).extracting(e -> e.get("type").asText())
                .containsExactly("ViolationRecorded", "ViolationConfirmed", "SanctionImposed");
        // the violation's summary names every event behind it, its sanction's too
        assertThat(violations.get("details").get("violations").get(0).get("positions")).extracting(JsonNode::asLong)
                .containsExactlyElementsOf(java.util.stream.StreamSupport.stream(violations.get("entries")
                        .spliterator(), false).map(e -> e.get("position").asLong()).toList());
        // an inspector reads who, from where and under which decision, not codes alone
        JsonNode listed = violations.get("details").get("violations").get(0);
        assertThat(listed.get("fullName").asText()).isEqualTo("Ngô Văn Khải");
        assertThat(listed.get("source").asText()).isEqualTo("CITIZEN_COMPLAINT");
        assertThat(listed.get("decisionNo").asText()).isEqualTo("12/QĐ-KL");

        JsonNode evaluations = indicator(dossier, "EVALUATIONS");
        assertThat(evaluations.get("details").get("recorded").asInt()).isEqualTo(3);
        assertThat(evaluations.get("details").get("expected").asInt()).isEqualTo(36);
        assertThat(evaluations.get("entries")).extracting(e -> e.get("type").asText() + " " + e.get("businessTime").asText())
                .containsExactly("PersonEvaluated 2024-03", "PersonEvaluated 2024-03", "PersonEvaluated 2024-03");
        JsonNode satisfaction = indicator(dossier, "SATISFACTION");
        assertThat(satisfaction.get("details").get("percent").decimalValue()).isEqualByComparingTo("92");
        assertThat(satisfaction.get("entries")).extracting(e -> e.get("type").asText()).containsExactly("SurveyRecorded");
        // a period that holds none of them cites none
        JsonNode secondHalf = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024-H2")).json();
        assertThat(indicator(secondHalf, "EVALUATIONS").get("entries")).isEmpty();
        assertThat(indicator(secondHalf, "SATISFACTION").get("entries")).isEmpty();
        assertThat(indicator(dossier, "PRIOR_INSPECTIONS").get("details").get("inspections").get(0)
                .get("findings").get(0).get("item").asText()).isEqualTo("COVENANT_SIGNED");
        assertThat(indicator(dossier, "REPORTS_ON_TIME").get("details").get("reports")).hasSize(1);
        assertThat(indicator(dossier, "COVENANT_SIGNED").get("status").asText()).isEqualTo("MET");
        assertThat(indicator(dossier, "REVIEWS_HELD").get("status").asText()).isEqualTo("MET");
    }

    @Test
    void aPeriodsRecordHoldsTheDisciplineItDealtOutForEarlierViolations() {
        String q = "s" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + q + "-Q\", \"name\": \"Quận\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-H", "unitId": "%s-Q", "fullName": "Hoàng Văn Hải", "category": "CONG_CHUC"}"""
                .formatted(q, q)));
        String violation = ok(api().post("/api/violations", """
                {"subjectId": "%s-H", "ruleCode": "NK-1", "occurredOn": "2023-11-05", "source": "CITIZEN_COMPLAINT"}"""
                .formatted(q))).json().get("id").asText();
        ok(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        ok(api().post("/api/violations/" + violation + "/sanctions",
                "{\"form\": \"KHIEN_TRACH\", \"decidedOn\": \"2024-01-10\", \"decisionNo\": \"3/QĐ-KL\"}"));

        JsonNode violations = indicator(ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json(),
                "VIOLATIONS");
        assertThat(violations.get("details").get("violations")).isEmpty();
        JsonNode earlier = violations.get("details").get("sanctionedEarlierViolations");
        assertThat(earlier).hasSize(1);
        assertThat(earlier.get(0).get("violationId").asText()).isEqualTo(violation);
        assertThat(earlier.get(0).get("sanction").asText()).isEqualTo("KHIEN_TRACH");
        assertThat(earlier.get(0).get("sanctionDecidedOn").asText()).isEqualTo("2024-01-10");
        assertThat(violations.get("entries")).extracting(e -> e.get("type").asText()).contains("SanctionImposed");
        // the violation itself stays in the record of the year it occurred in
        JsonNode before = indicator(ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2023")).json(), "VIOLATIONS");
        assertThat(before.get("details").get("violations")).hasSize(1);
        assertThat(before.get("details").get("sanctionedEarlierViolations")).isEmpty();
    }

    @Test
    void someoneWhoJoinedLaterIsOwedNothingBeforeTheirFirstDay() {
        String q = "j" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + q + "-Q\", \"name\": \"Quận\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-OLD", "unitId": "%s-Q", "fullName": "Trần Văn Cũ", "category": "CONG_CHUC"}"""
                .formatted(q, q)));
        ok(api().post("/api/persons", """
                {"id": "%s-NEW", "unitId": "%s-Q", "fullName": "Lê Thị Mới", "category": "CONG_CHUC",
                 "joinedOn": "2024-05-20"}""".formatted(q, q)));
        Api.Response early = api().post("/api/evaluations/persons", """
                {"personId": "%s-NEW", "period": "2024-04", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(q));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("PERSON_NOT_YET_IN_SERVICE");
        ok(api().post("/api/evaluations/persons", """
                {"personId": "%s-NEW", "period": "2024-05", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(q)));
        // January to June: the one who was there all along six months, the newcomer May and June
        JsonNode firstHalf = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024-H1")).json();
        assertThat(indicator(firstHalf, "EVALUATIONS").get("details").get("expected").asInt()).isEqualTo(8);
        JsonNode firstQuarter = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024-Q1")).json();
        assertThat(indicator(firstQuarter, "EVALUATIONS").get("details").get("expected").asInt()).isEqualTo(3);
    }

    @Test
    void priorInspectionsAreJudgedByTheFindingsInForce() {
        String q = "i" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + q + "-Q\", \"name\": \"Quận\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra quận", "targetUnitId": "%s-Q", "period": "2024",
                 "openedOn": "2024-11-01"}""".formatted(q, q)));
        // under way, nothing found yet: no data, not met
        JsonNode underWay = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json();
        assertThat(indicator(underWay, "PRIOR_INSPECTIONS").get("status").asText()).isEqualTo("NO_DATA");
        ok(api().post("/api/inspections/" + q + "-KT/findings",
                "{\"item\": \"COVENANT_SIGNED\", \"result\": \"NOT_MET\"}"));
        ok(api().post("/api/inspections/" + q + "-KT/findings",
                "{\"item\": \"COVENANT_SIGNED\", \"result\": \"MET\", \"note\": \"Đã ký bổ sung\"}"));
        JsonNode dossier = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json();
        JsonNode inspections = indicator(dossier, "PRIOR_INSPECTIONS");
        // the later finding on the item replaces the first, as for the checklist's own indicator
        assertThat(inspections.get("status").asText()).isEqualTo("MET");
        assertThat(indicator(dossier, "COVENANT_SIGNED").get("status").asText()).isEqualTo("MET");
        JsonNode findings = inspections.get("details").get("inspections").get(0).get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("replaced").asBoolean()).isTrue();
        assertThat(findings.get(1).has("replaced")).isFalse();
        // the file a team keeps says which verdict counts too
        String csv = api().download("/api/dossiers?unit=" + q + "-Q&period=2024&format=csv").text();
        assertThat(csv).contains("Không đạt [Đã được thay bằng kết quả sau]")
                .doesNotContain("Đã ký bổ sung) [Đã được thay");
        // closed without anything found against the unit: met
        String r = q + "-KT2";
        ok(api().post("/api/units", "{\"id\": \"" + q + "-P\", \"name\": \"Phòng\", \"kind\": \"DIVISION\", "
                + "\"parentId\": \"" + q + "-Q\"}"));
        ok(api().post("/api/inspections", """
                {"id": "%s", "team": "Đoàn kiểm tra quận", "targetUnitId": "%s-P", "period": "2024"}""".formatted(r, q)));
        ok(api().post("/api/inspections/" + r + "/close", "{\"conclusion\": \"Không phát hiện sai phạm\"}"));
        JsonNode closed = ok(api().get("/api/dossiers?unit=" + q + "-P&period=2024")).json();
        assertThat(indicator(closed, "PRIOR_INSPECTIONS").get("status").asText()).isEqualTo("MET");
    }

    @Test
    void inspectionsUpToThePeriodsEndAndTheChecklistItemsOnlyTheyTellAreIndicators() {
        JsonNode dossier = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024")).json();
        assertThat(indicator(dossier, "PRIOR_INSPECTIONS").get("status").asText()).isEqualTo("NOT_MET");
        JsonNode self = indicator(dossier, "SELF_INSPECTION_DONE");
        assertThat(self.get("label").asText()).isEqualTo("Việc tự kiểm tra, giám sát");
        assertThat(self.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(self.get("entries")).extracting(e -> e.get("type").asText())
                .containsExactly("InspectionFindingRecorded");
        assertThat(indicator(dossier, "CONTENT_IMPLEMENTED").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(dossier, "GRASSROOTS_DEMOCRACY_APPLIED").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(dossier, "DUTIES_PERFORMED").get("status").asText()).isEqualTo("NO_DATA");

        // an inspection of 2024 is not prior to a dossier of 2023
        JsonNode before = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2023")).json();
        assertThat(indicator(before, "PRIOR_INSPECTIONS").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(before, "PRIOR_INSPECTIONS").get("details").get("inspections")).isEmpty();
        assertThat(indicator(before, "SELF_INSPECTION_DONE").get("status").asText()).isEqualTo("NO_DATA");
    }

    @Test
    void theCommendationsOfAPeriodAreThoseRewardingItOrDecidedInItWithTheirDecisions() {
        String unit = p + "-KH";
        ok(api().post("/api/units", "{\"id\": \"" + unit + "\", \"name\": \"Phòng Văn hóa\", \"kind\": \"AGENCY\"}"));
        String certificate = ok(api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s", "period": "2024"}""".formatted(unit))).json().get("id")
                .asText();
        ok(api().post("/api/commendations/" + certificate + "/approve", """
                {"decisionNo": "88/QĐ-UBND", "decidedOn": "2024-12-20"}"""));

        JsonNode year = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024")).json(), "COMMENDATIONS");
        assertThat(year.get("status").asText()).isEqualTo("MET");
        JsonNode decision = year.get("details").get("commendations").get(0);
        assertThat(decision.get("decisionNo").asText()).isEqualTo("88/QĐ-UBND");
        assertThat(decision.get("decidedOn").asText()).isEqualTo("2024-12-20");
        assertThat(decision.get("period").asText()).isEqualTo("2024");
        // a year's certificate is not March's; it is December's, when it was decided
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-03")).json(), "COMMENDATIONS")
                .get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-12")).json(), "COMMENDATIONS")
                .get("details").get("commendations")).hasSize(1);

        // revoked: listed with its revocation, and no longer met
        ok(api().post("/api/commendations/" + certificate + "/revoke", "{\"reason\": \"Quyết định bị hủy\"}"));
        JsonNode revoked = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024")).json(),
                "COMMENDATIONS");
        assertThat(revoked.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(revoked.get("details").get("commendations")).extracting(c -> c.get("event").asText())
                .containsExactly("CommendationApproved", "CommendationRevoked");

        // decided in January 2025 for 2024, revoked since: 2025 lists its decision, which no longer stands
        String late = ok(api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s", "period": "2024"}""".formatted(unit))).json().get("id")
                .asText();
        ok(api().post("/api/commendations/" + late + "/approve", """
                {"decisionNo": "3/QĐ-UBND", "decidedOn": "2025-01-10"}"""));
        ok(api().post("/api/commendations/" + late + "/revoke", "{\"reason\": \"Quyết định bị hủy\"}"));
        JsonNode nextYear = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2025")).json(),
                "COMMENDATIONS");
        assertThat(nextYear.get("details").get("commendations")).extracting(c -> c.get("decisionNo").asText())
                .containsExactly("3/QĐ-UBND");
        assertThat(nextYear.get("status").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void aDivisionThatDidNotInspectItselfCountsAgainstTheRollUpBesideOneThatDid() {
        String district = p + "-SI";
        ok(api().post("/api/units", "{\"id\": \"" + district + "\", \"name\": \"Huyện\", \"kind\": \"DISTRICT\"}"));
        for (String division : new String[] {"A", "B"}) {
            ok(api().post("/api/units", "{\"id\": \"" + district + "-" + division + "\", \"name\": \"Phòng "
                    + division + "\", \"kind\": \"DIVISION\", \"parentId\": \"" + district + "\"}"));
        }
        ok(api().post("/api/inspections", """
                {"team": "Tổ tự kiểm tra", "targetUnitId": "%s-A", "period": "2024", "kind": "SELF",
                 "openedOn": "2024-06-01"}""".formatted(district)));
        JsonNode self = indicator(ok(api().get("/api/dossiers?unit=" + district + "&period=2024")).json(),
                "SELF_INSPECTION_DONE");
        assertThat(self.get("status").asText()).isEqualTo("PARTLY_MET");
        // the division that made it partly met has no entry to show: it is named
        assertThat(self.get("details").get("notSelfInspected")).extracting(JsonNode::asText)
                .containsExactly(district + "-B");
        assertThat(self.get("summary").asText()).endsWith("đơn vị trực thuộc chưa tự kiểm tra: " + district + "-B");
    }

    @Test
    void aMonthWhollyOnMaternityLeaveOwesNoEvaluationButAMonthPartlyWorkedStillDoes() {
        String unit = p + "-TS";
        ok(api().post("/api/units", "{\"id\": \"" + unit + "\", \"name\": \"Phòng Tài chính\", \"kind\": "
                + "\"DIVISION\", \"parentId\": \"" + p + "-Q\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-M", "unitId": "%s", "fullName": "Phạm Thu Hà", "category": "CONG_CHUC"}""".formatted(p, unit)));
        ok(api().post("/api/persons/" + p + "-M/leaves", """
                {"kind": "MATERNITY", "from": "2024-04-20", "to": "2024-05-31"}"""));

        JsonNode quarter = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-Q2")).json(),
                "EVALUATIONS");
        // April was worked until the 20th and June wholly: both owed; May, on leave throughout, is not
        assertThat(quarter.get("details").get("expected").asLong()).isEqualTo(2);
        assertThat(quarter.get("details").get("notEvaluated")).extracting(m -> m.get("month").asText())
                .containsExactly("2024-04", "2024-06");
        assertThat(quarter.get("details").get("onMaternityLeave")).extracting(m -> m.get("month").asText() + " "
                + m.get("fullName").asText()).containsExactly("2024-05 Phạm Thu Hà");
        assertThat(quarter.get("details").get("onMaternityLeaveCount").asLong()).isEqualTo(1);
        // the leave that excused May is behind the count
        assertThat(quarter.get("entries")).extracting(e -> e.get("type").asText()).contains("LeaveRecorded");
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-05")).json(), "EVALUATIONS")
                .get("status").asText()).isEqualTo("NO_DATA");
    }

    @Test
    void aPeriodNotBegunOwesNothingYetAndAPastOneNamesWhoWasNotEvaluated() {
        JsonNode future = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2090")).json();
        JsonNode owed = indicator(future, "EVALUATIONS");
        assertThat(owed.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(owed.get("details").get("expected").asLong()).isZero();
        assertThat(indicator(future, "COVENANT_SIGNED").get("status").asText()).isEqualTo("NO_DATA");

        // March 2024: the three of the division were evaluated; April: none of them
        JsonNode april = indicator(ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024-04")).json(),
                "EVALUATIONS");
        assertThat(april.get("details").get("notEvaluatedCount").asLong()).isEqualTo(3);
        assertThat(april.get("details").get("notEvaluated")).extracting(m -> m.get("month").asText() + " "
                + m.get("personId").asText() + " " + m.get("fullName").asText()).contains(
                "2024-04 " + p + "-L Lê Thị Lan");
        JsonNode march = indicator(ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024-03")).json(),
                "EVALUATIONS");
        assertThat(march.get("details").get("notEvaluated")).isEmpty();
        // each level counted is named as the criteria set names it
        march.get("details").get("levels").fieldNames().forEachRemaining(level ->
                assertThat(march.get("details").get("levelLabels").get(level).asText()).isNotBlank());
    }

    @Test
    void aDecisionAnnulledSinceStaysToldInTheDossierOfThePeriodItWasTakenIn() {
        String unit = p + "-AN";
        ok(api().post("/api/units", "{\"id\": \"" + unit + "\", \"name\": \"Phòng Tài chính\", \"kind\": \"AGENCY\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-1", "unitId": "%s", "fullName": "Phạm Văn Định", "category": "CONG_CHUC"}"""
                .formatted(unit, unit)));
        String violation = ok(api().post("/api/violations", """
                {"subjectId": "%s-1", "ruleCode": "NK-1", "occurredOn": "2024-03-05", "source": "SUPERVISOR",
                 "description": "Gây phiền hà khi tiếp nhận hồ sơ"}"""
                .formatted(unit))).json().get("id").asText();
        ok(api().post("/api/violations/" + violation + "/amend", """
                {"description": "Gây phiền hà, đòi bổ sung giấy tờ không cần thiết", "reason": "Bổ sung nội dung"}"""));
        ok(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        ok(api().post("/api/violations/" + violation + "/sanctions",
                "{\"form\": \"KHIEN_TRACH\", \"decidedOn\": \"2024-06-10\", \"decisionNo\": \"40/QĐ-KL\"}"));
        ok(api().post("/api/violations/" + violation + "/sanctions/annul", """
                {"reason": "Hủy theo kết quả giải quyết khiếu nại", "annulledOn": "2024-08-01", "decisionNo": "12/QĐ"}"""));

        JsonNode june = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-06")).json(), "VIOLATIONS");
        JsonNode decided = june.get("details").get("sanctionedEarlierViolations");
        assertThat(decided).hasSize(1);
        assertThat(decided.get(0).get("sanction").isNull()).isTrue();
        assertThat(decided.get(0).get("annulledSanction").asText()).isEqualTo("KHIEN_TRACH");
        assertThat(decided.get(0).get("annulledSanctionDecidedOn").asText()).isEqualTo("2024-06-10");
        assertThat(decided.get(0).get("annulledDecisionNo").asText()).isEqualTo("40/QĐ-KL");
        assertThat(decided.get(0).get("decisionNo").isNull()).isTrue();
        JsonNode march = indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024-03")).json(), "VIOLATIONS");
        assertThat(march.get("details").get("violations").get(0).get("annulledSanction").asText())
                .isEqualTo("KHIEN_TRACH");
        // the text as last amended
        assertThat(march.get("details").get("violations").get(0).get("description").asText())
                .isEqualTo("Gây phiền hà, đòi bổ sung giấy tờ không cần thiết");
        assertThat(api().download("/api/dossiers?unit=" + unit + "&period=2024-03&format=csv").text())
                .contains("Phạm Văn Định", "Số quyết định đã bị hủy", "40/QĐ-KL", "Nguồn phát hiện");
    }

    @Test
    void theFiledDossierHoldsEveryDetailInVietnamese() {
        String csv = api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=csv").text();
        assertThat(csv).contains("Các năm phải có giao ước");
        assertThat(csv).contains("Số vi phạm theo quy tắc", "Danh sách vi phạm", "Đã xác nhận", "NK-1",
                "Số vi phạm theo hình thức xử lý", "Khiển trách",
                "Phân bố mức xếp loại (lượt đánh giá tháng)",
                "Ký kết giao ước thi đua: Không đạt (Chưa ký giao ước)", "Trần Văn Bình", "Người chưa ký cam kết",
                "Họ và tên");
        assertThat(csv).doesNotContain("{item=", "— missing", "— inspections", "[\"", "KHIEN_TRACH");
        // the plain figures, as written: 184 of 200 satisfied is 92, not 9.2E+1
        assertThat(csv).contains("Số phiếu khảo sát,200", "Số phiếu hài lòng,184", "Tỷ lệ (%),92",
                "Tăng so với cùng kỳ năm trước").doesNotContain("E+1", "RISING");
        // a file of another moment has a name of its own
        Api.Download then = api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=csv&asOf=pos:"
                + beforeCovenant);
        assertThat(then.contentDisposition()).contains("vi_tri_" + beforeCovenant);
        assertThat(api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=csv").contentDisposition())
                .doesNotContain("vi_tri");
    }

    @Test
    void aPersonCountsInTheUnitTheyWorkInAtEachMonthsEnd() {
        for (String unit : new String[] {"NV", "TC"}) {
            ok(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Phòng %s", "kind": "DIVISION", "parentId": "%s-Q"}"""
                    .formatted(p, unit, unit, p)));
        }
        ok(api().post("/api/persons", """
                {"id": "%s-STAYS", "unitId": "%s-NV", "fullName": "Phạm Văn Hùng", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        ok(api().post("/api/persons", """
                {"id": "%s-MOVES", "unitId": "%s-NV", "fullName": "Vũ Thị Hoa", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        long beforeTransfer = head();
        ok(api().post("/api/persons/" + p + "-MOVES/transfers", """
                {"toUnitId": "%s-TC", "effectiveOn": "2024-07-01"}""".formatted(p)));

        assertThat(expected(api().get("/api/dossiers?unit=" + p + "-NV&period=2024"))).isEqualTo(12 + 6);
        assertThat(expected(api().get("/api/dossiers?unit=" + p + "-TC&period=2024"))).isEqualTo(6);
        assertThat(expected(api().get("/api/dossiers?unit=" + p + "-NV&period=2024&asOf=pos:" + beforeTransfer)))
                .isEqualTo(12 + 12);
        assertThat(expected(api().get("/api/dossiers?unit=" + p + "-TC&period=2024&asOf=pos:" + beforeTransfer)))
                .isEqualTo(0);
    }

    /** How many person-months the dossier's evaluation indicator expects. */
    private int expected(Api.Response dossier) {
        return indicator(ok(dossier).json(), "EVALUATIONS").get("details").get("expected").asInt();
    }

    @Test
    void asOfAnEarlierPositionTheDossierShowsTheRecordAsItStoodThen() {
        JsonNode then = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024&asOf=pos:" + beforeCovenant)).json();
        assertThat(then.get("position").asLong()).isEqualTo(beforeCovenant);
        assertThat(indicator(then, "COVENANT_SIGNED").get("status").asText()).isEqualTo("NOT_MET");
        assertThat(indicator(then, "REVIEWS_HELD").get("status").asText()).isEqualTo("NOT_MET");
        JsonNode again = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024&asOf=pos:" + beforeCovenant)).json();
        assertThat(again).isEqualTo(then);
    }

    /**
     * A district's dossier: a campaign launched over one of its divisions counts that division's people only; the
     * divisions' inspections roll up, each finding naming its unit; a team's finding answers for the record on
     * its item until the record says otherwise later; covenants count in the year they were signed.
     */
    @Test
    void aParentsDossierCountsEachCampaignsScopeAndRollsUpItsDivisionsFindings() {
        String q = "e" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + q + "-Q\", \"name\": \"Quận\", \"kind\": \"DISTRICT\"}"));
        for (String division : new String[] {"TP", "YT"}) {
            ok(api().post("/api/units", "{\"id\": \"" + q + "-" + division + "\", \"name\": \"Phòng " + division
                    + "\", \"kind\": \"DIVISION\", \"parentId\": \"" + q + "-Q\"}"));
            for (int i = 1; i <= 2; i++) {
                ok(api().post("/api/persons", """
                        {"id": "%s-%s-%d", "unitId": "%s-%s", "fullName": "Người %d", "category": "CONG_CHUC"}"""
                        .formatted(q, division, i, q, division, i)));
            }
        }
        ok(api().post("/api/campaigns", """
                {"id": "%s-YTC", "title": "Y tế nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-YT",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        ok(api().post("/api/pledges", """
                {"campaignId": "%s-YTC", "personId": "%s-YT-1", "signedOn": "2024-01-10"}""".formatted(q, q)));
        ok(api().post("/api/campaigns", """
                {"id": "%s-VH", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-Q",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        ok(api().post("/api/covenants", """
                {"campaignId": "%s-VH", "unitIds": ["%s-YT", "%s-TP"], "signedOn": "2024-02-01"}""".formatted(q, q, q)));
        for (String[] inspection : new String[][] {{"TP", "NOT_MET"}, {"YT", "MET"}}) {
            ok(api().post("/api/inspections", """
                    {"id": "%s-KT-%s", "team": ["Đoàn kiểm tra quận"], "targetUnitId": "%s-%s", "period": "2024"}"""
                    .formatted(q, inspection[0], q, inspection[0])));
            ok(api().post("/api/inspections/" + q + "-KT-" + inspection[0] + "/findings",
                    "{\"item\": \"CONTENT_IMPLEMENTED\", \"result\": \"" + inspection[1] + "\"}"));
        }
        ok(api().post("/api/inspections/" + q + "-KT-YT/findings",
                "{\"item\": \"LAUNCH_ORGANISED\", \"result\": \"NOT_MET\", \"note\": \"Chưa phát động tới đoàn viên\"}"));

        JsonNode district = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json();
        JsonNode coverage = null;
        List<String> measured = new java.util.ArrayList<>();
        for (JsonNode indicator : district.get("indicators")) {
            if (indicator.get("code").asText().equals("PLEDGE_COVERAGE")) {
                measured.add(indicator.get("details").get("campaignId").asText());
                if (indicator.get("details").get("campaignId").asText().equals(q + "-YTC")) {
                    coverage = indicator;
                }
            }
        }
        // a movement nobody pledged under is not measured by pledges
        assertThat(measured).contains(q + "-YTC").doesNotContain(q + "-VH");
        assertThat(coverage.get("details").get("people").asInt()).isEqualTo(2);
        assertThat(coverage.get("details").get("missing")).extracting(m -> m.get("personId").asText())
                .containsExactly(q + "-YT-2");
        JsonNode content = indicator(district, "CONTENT_IMPLEMENTED");
        assertThat(content.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(content.get("details").get("findings")).extracting(f -> f.get("targetUnitId").asText())
                .containsExactlyInAnyOrder(q + "-TP", q + "-YT");
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-TP&period=2024")).json(),
                "CONTENT_IMPLEMENTED").get("status").asText()).isEqualTo("NOT_MET");
        // a team of the health division, inspected on its own: the division, inspected itself, speaks for itself
        ok(api().post("/api/units", "{\"id\": \"" + q + "-YT-TO\", \"name\": \"Tổ dược\", \"kind\": \"DIVISION\", "
                + "\"parentId\": \"" + q + "-YT\"}"));
        ok(api().post("/api/inspections", """
                {"id": "%s-KT-TO", "team": ["Đoàn kiểm tra quận"], "targetUnitId": "%s-YT-TO", "period": "2024"}"""
                .formatted(q, q)));
        ok(api().post("/api/inspections/" + q + "-KT-TO/findings",
                "{\"item\": \"CONTENT_IMPLEMENTED\", \"result\": \"NOT_MET\"}"));
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-YT&period=2024")).json(),
                "CONTENT_IMPLEMENTED").get("status").asText()).isEqualTo("MET");
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json(),
                "CONTENT_IMPLEMENTED").get("status").asText()).isEqualTo("PARTLY_MET");
        // the district's own inspection, opened with nothing found yet or found on another item, does not silence
        // what its divisions were found
        ok(api().post("/api/inspections", """
                {"id": "%s-KT-Q", "team": ["Đoàn kiểm tra thành phố"], "targetUnitId": "%s-Q", "period": "2024"}"""
                .formatted(q, q)));
        ok(api().post("/api/inspections/" + q + "-KT-Q/findings", "{\"item\": \"LAUNCH_ORGANISED\", \"result\": \"MET\"}"));
        JsonNode inspectedDistrict = ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json();
        assertThat(indicator(inspectedDistrict, "CONTENT_IMPLEMENTED").get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(indicator(inspectedDistrict, "LAUNCH_ORGANISED").get("details").get("findings"))
                .extracting(f -> f.get("targetUnitId").asText()).containsExactly(q + "-Q");

        JsonNode health = ok(api().get("/api/dossiers?unit=" + q + "-YT&period=2024")).json();
        JsonNode launch = indicator(health, "LAUNCH_ORGANISED");
        assertThat(launch.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(launch.get("details").get("byRecord").asText()).isEqualTo("MET");
        assertThat(indicator(health, "COVENANT_SIGNED").get("status").asText()).isEqualTo("MET");
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "-YT&period=2025")).json(), "COVENANT_SIGNED")
                .get("status").asText()).isEqualTo("NOT_MET");

        // the division's own team inspecting itself, from November, is its self-inspection of the year; of its
        // first half it is neither a self-inspection nor a prior inspection, not begun by then
        ok(api().post("/api/inspections", """
                {"id": "%s-TKT", "team": "Tổ tự kiểm tra phòng Y tế", "targetUnitId": "%s-YT", "period": "2024",
                 "kind": "SELF", "openedOn": "2024-11-15"}""".formatted(q, q)));
        JsonNode afterSelf = ok(api().get("/api/dossiers?unit=" + q + "-YT&period=2024")).json();
        JsonNode self = indicator(afterSelf, "SELF_INSPECTION_DONE");
        assertThat(self.get("status").asText()).isEqualTo("MET");
        assertThat(self.get("details").get("selfInspections").get(0).get("inspectionId").asText())
                .isEqualTo(q + "-TKT");
        assertThat(indicator(afterSelf, "PRIOR_INSPECTIONS").get("details").get("inspections"))
                .anySatisfy(i -> {
                    assertThat(i.get("inspectionId").asText()).isEqualTo(q + "-TKT");
                    assertThat(i.get("kind").asText()).isEqualTo("SELF");
                    assertThat(i.get("openedOn").asText()).isEqualTo("2024-11-15");
                });
        JsonNode firstHalf = ok(api().get("/api/dossiers?unit=" + q + "-YT&period=2024-H1")).json();
        assertThat(indicator(firstHalf, "SELF_INSPECTION_DONE").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(firstHalf, "PRIOR_INSPECTIONS").get("details").get("inspections"))
                .extracting(i -> i.get("inspectionId").asText()).doesNotContain(q + "-TKT");
        // rolled up to the district: the other division found short of self-inspecting, this one self-inspected
        ok(api().post("/api/inspections/" + q + "-KT-TP/findings",
                "{\"item\": \"SELF_INSPECTION_DONE\", \"result\": \"NOT_MET\"}"));
        JsonNode districtSelf = indicator(ok(api().get("/api/dossiers?unit=" + q + "-Q&period=2024")).json(),
                "SELF_INSPECTION_DONE");
        assertThat(districtSelf.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(districtSelf.get("details").get("findings")).extracting(f -> f.get("targetUnitId").asText()
                + " " + f.get("result").asText()).containsExactlyInAnyOrder(q + "-TP NOT_MET", q + "-YT MET");
        assertThat(api().post("/api/inspections", """
                {"team": "Đoàn", "targetUnitId": "%s-YT", "period": "2024", "kind": "HANG_XOM"}""".formatted(q))
                .status()).isEqualTo(400);
    }

    @Test
    void satisfactionIsMetWhenItRoseOnTheSamePeriodAYearEarlier() {
        for (String[] survey : new String[][] {{"2023-H1", "90"}, {"2024-H1", "80"}, {"2024-H2", "95"},
                {"2025-H1", "85"}}) {
            ok(api().post("/api/surveys", """
                    {"unitId": "%s-YT", "period": "%s", "respondents": 100, "satisfied": %s}"""
                    .formatted(p, survey[0], survey[1])));
        }
        // 80% after 90% a year earlier: the seeds' rising target is missed, whatever the rate itself
        JsonNode fell = indicator(ok(api().get("/api/dossiers?unit=" + p + "-YT&period=2024-H1")).json(),
                "SATISFACTION");
        assertThat(fell.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(fell.get("details").get("previousPeriod").asText()).isEqualTo("2023-H1");
        assertThat(fell.get("details").get("previousPercent").decimalValue()).isEqualByComparingTo("90");
        assertThat(fell.get("summary").asText()).contains("80% hài lòng").contains("90%").endsWith("giảm");
        // both years' surveys are behind the verdict
        assertThat(fell.get("entries")).extracting(e -> e.get("businessTime").asText())
                .containsExactly("2023-H1", "2024-H1");
        JsonNode rose = indicator(ok(api().get("/api/dossiers?unit=" + p + "-YT&period=2025-H1")).json(),
                "SATISFACTION");
        assertThat(rose.get("status").asText()).isEqualTo("MET");
        // nothing a year earlier to measure the rise by
        JsonNode alone = indicator(ok(api().get("/api/dossiers?unit=" + p + "-YT&period=2024-H2")).json(),
                "SATISFACTION");
        assertThat(alone.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(alone.get("details").get("percent").decimalValue()).isEqualByComparingTo("95");
        assertThat(alone.get("details").has("previousPercent")).isFalse();
    }

    @Test
    void satisfactionComparesTheExactRatesNotTheRoundedPercentages() {
        ok(api().post("/api/surveys", """
                {"unitId": "%s-TP", "period": "2025-07", "respondents": 3, "satisfied": 2}""".formatted(p)));
        ok(api().post("/api/surveys", """
                {"unitId": "%s-TP", "period": "2026-07", "respondents": 10000, "satisfied": 6667}""".formatted(p)));
        // 66.67% against 66.666…% (shown cut, 66.66): a rise the rounded percentages, 66.67 both, would hide
        JsonNode rose = indicator(ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2026-07")).json(),
                "SATISFACTION");
        assertThat(rose.get("status").asText()).isEqualTo("MET");
        assertThat(rose.get("details").get("previousPercent").decimalValue()).isEqualByComparingTo("66.66");
        // the sentence writes its shares as Vietnamese do, with a decimal comma; the details keep the numbers
        assertThat(rose.get("summary").asText()).startsWith("66,67% hài lòng").contains("66,66%");
    }

    /** Districts {@code q}1 and {@code q}2, and division {@code q}V under the first. */
    private void twoDistrictsWithADivisionInTheFirst(String q, String first, String second, String division) {
        ok(api().post("/api/units", "{\"id\": \"" + q + "1\", \"name\": \"" + first + "\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + q + "2\", \"name\": \"" + second + "\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + q + "V\", \"name\": \"" + division + "\", \"kind\": \"DIVISION\", "
                + "\"parentId\": \"" + q + "1\"}"));
    }

    @Test
    void aDossierCountsThePeopleOfTheUnitsBelowItAsTheTreeStoodInThePeriod() {
        String q = p + "-M";
        twoDistrictsWithADivisionInTheFirst(q, "Quận Một", "Quận Hai", "Phòng Văn hóa");
        ok(api().post("/api/persons", """
                {"id": "%sV-01", "unitId": "%sV", "fullName": "Phan Văn Dời", "category": "CONG_CHUC"}"""
                .formatted(q, q)));
        ok(api().post("/api/campaigns", """
                {"id": "%s-CVD", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s1",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        ok(api().post("/api/pledges", """
                {"campaignId": "%s-CVD", "personId": "%sV-01", "signedOn": "2024-08-05"}""".formatted(q, q)));
        ok(api().post("/api/evaluations/persons", """
                {"personId": "%sV-01", "period": "2024-08", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(q)));
        ok(api().post("/api/surveys", """
                {"unitId": "%sV", "period": "2024-08", "respondents": 100, "satisfied": 90}""".formatted(q)));
        // the division moved to the other district from September, recorded afterwards
        ok(api().post("/api/units/" + q + "V/move", """
                {"parentId": "%s2", "effectiveOn": "2024-09-01"}""".formatted(q)));

        JsonNode august = ok(api().get("/api/dossiers?unit=" + q + "1&period=2024-08")).json();
        JsonNode coverage = indicator(august, "PLEDGE_COVERAGE");
        assertThat(coverage.get("details").get("people").asInt()).isEqualTo(1);
        assertThat(coverage.get("details").get("signed").asInt()).isEqualTo(1);
        assertThat(indicator(august, "EVALUATIONS").get("details").get("expected").asInt()).isEqualTo(1);
        assertThat(indicator(august, "EVALUATIONS").get("details").get("recorded").asInt()).isEqualTo(1);
        assertThat(indicator(august, "SATISFACTION").get("details").get("respondents").asInt()).isEqualTo(100);
        JsonNode october = ok(api().get("/api/dossiers?unit=" + q + "1&period=2024-10")).json();
        assertThat(indicator(october, "EVALUATIONS").get("details").get("expected").asInt()).isZero();
    }

    @Test
    void aCampaignLaunchedOverADivisionIsListedApartFromThoseOverTheUnitThatJudgeItsLaunch() {
        String q = p + "-CB";
        ok(api().post("/api/units", "{\"id\": \"" + q + "\", \"name\": \"Quận Bảy\", \"kind\": \"DISTRICT\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + q + "-A\", \"name\": \"Phòng Nội vụ\", \"kind\": \"DIVISION\", "
                + "\"parentId\": \"" + q + "\"}"));
        launchOver(q + "-QT", "Quy tắc ứng xử", "CODE_OF_CONDUCT", q + "-A");

        JsonNode launch = launchIn2024(q);
        // the division launched it, not the district: the district's launch is still missing, but the campaign is
        // named, as the pledges, registrations and reports the dossier counts under it are
        assertThat(launch.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(launch.get("details").get("campaigns")).isEmpty();
        assertThat(launch.get("details").get("campaignsBelow")).extracting(c -> c.get("campaignId").asText())
                .containsExactly(q + "-QT");
        assertThat(launch.get("summary").asText()).endsWith("1 do đơn vị trực thuộc phát động");
        // not cited as this unit's launch: an inspection's finding on it would otherwise look older than the record
        assertThat(launch.get("entries")).isEmpty();
        ok(api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra", "targetUnitId": "%s", "period": "2024"}""".formatted(q, q)));
        ok(api().post("/api/inspections/" + q + "-KT/findings", "{\"item\": \"LAUNCH_ORGANISED\", \"result\": \"MET\"}"));
        launchOver(q + "-QT2", "Văn hóa công sở", "EMULATION", q + "-A");
        JsonNode found = launchIn2024(q);
        assertThat(found.get("status").asText()).isEqualTo("MET");
        assertThat(found.get("details").get("campaignsBelow")).hasSize(2);
        JsonNode own = launchIn2024(q + "-A");
        assertThat(own.get("status").asText()).isEqualTo("MET");
        assertThat(own.get("details").get("campaignsBelow")).isEmpty();
    }

    /** Campaign {@code id} of 2024–2025 launched over {@code scope}. */
    private void launchOver(String id, String title, String kind, String scope) {
        ok(api().post("/api/campaigns", """
                {"id": "%s", "title": "%s", "kind": "%s", "scopeUnitId": "%s",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(id, title, kind, scope)));
    }

    /** The launch indicator of {@code unit}'s dossier of 2024. */
    private JsonNode launchIn2024(String unit) {
        return indicator(ok(api().get("/api/dossiers?unit=" + unit + "&period=2024")).json(), "LAUNCH_ORGANISED");
    }

    @Test
    void whatTheDossiersMomentHasNotReachedIsNotCountedAsMissed() {
        String q = p + "-FU";
        int next = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        ok(api().post("/api/units", "{\"id\": \"" + q + "\", \"name\": \"Phòng Tương lai\", \"kind\": \"DIVISION\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-01", "unitId": "%s", "fullName": "Trần Văn Tới", "category": "CONG_CHUC"}"""
                .formatted(q, q)));
        ok(api().post("/api/campaigns", """
                {"id": "%s-NK", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s",
                 "from": "%d-01-01", "to": "%d-12-31"}""".formatted(q, q, next, next)));
        ok(api().post("/api/reports", """
                {"unitId": "%s", "kind": "SIX_MONTHLY", "year": %d}""".formatted(q, next)));

        JsonNode dossier = ok(api().get("/api/dossiers?unit=" + q + "&period=" + next)).json();
        // a report whose deadline has not come can still come in time: listed pending, not counted as missed
        JsonNode reports = indicator(dossier, "REPORTS_ON_TIME");
        assertThat(reports.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(reports.get("summary").asText()).startsWith("0/0 ").endsWith("1 báo cáo chưa đến hạn");
        assertThat(reports.get("details").get("reports")).extracting(r -> r.get("status").asText())
                .containsExactly("PENDING");
        // nobody can have signed for a campaign not begun yet
        JsonNode coverage = indicator(dossier, "PLEDGE_COVERAGE");
        assertThat(coverage.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(coverage.get("details").get("people").asInt()).isEqualTo(1);
        assertThat(coverage.get("summary").asText()).contains("chưa bắt đầu (từ ngày 01/01/" + next + ")");
    }

    @Test
    void aSurveyCountsForTheUnitItsDivisionStoodUnderAtTheEndOfTheSurveyedPeriod() {
        String q = p + "-SV";
        twoDistrictsWithADivisionInTheFirst(q, "Quận Năm", "Quận Sáu", "Tổ Thư viện");
        ok(api().post("/api/surveys", """
                {"unitId": "%sV", "period": "2024-04", "respondents": 30, "satisfied": 15}""".formatted(q)));
        ok(api().post("/api/units/" + q + "V/move", """
                {"parentId": "%s2", "effectiveOn": "2025-01-01"}""".formatted(q)));
        ok(api().post("/api/surveys", """
                {"unitId": "%sV", "period": "2025-Q1", "respondents": 10, "satisfied": 9}""".formatted(q)));

        // over both years, each survey counts where the division stood when its period ended, as rankings pool it
        JsonNode first = indicator(ok(api().get("/api/dossiers?unit=" + q + "1&period=2024-01-01..2025-12-31"))
                .json(), "SATISFACTION");
        assertThat(first.get("details").get("respondents").asInt()).isEqualTo(30);
        assertThat(first.get("entries")).extracting(e -> e.get("businessTime").asText()).containsExactly("2024-04");
        JsonNode second = indicator(ok(api().get("/api/dossiers?unit=" + q + "2&period=2024-01-01..2025-12-31"))
                .json(), "SATISFACTION");
        assertThat(second.get("details").get("respondents").asInt()).isEqualTo(10);
        assertThat(second.get("entries")).extracting(e -> e.get("businessTime").asText()).containsExactly("2025-Q1");
        // a year later, compared with the year before as the tree stood then: the district it has left
        JsonNode compared = indicator(ok(api().get("/api/dossiers?unit=" + q + "2&period=2025")).json(),
                "SATISFACTION");
        assertThat(compared.get("details").get("previousRespondents").asInt()).isZero();
        assertThat(indicator(ok(api().get("/api/dossiers?unit=" + q + "1&period=2025")).json(), "SATISFACTION")
                .get("details").get("previousRespondents").asInt()).isEqualTo(30);
    }

    @Test
    void aDivisionMovedAwayLaterKeepsItsRecordsAndItsScopeOfTheUnitItWasUnder() {
        String q = p + "-R";
        twoDistrictsWithADivisionInTheFirst(q, "Quận Ba", "Quận Bốn", "Phòng Nội vụ");
        ok(api().post("/api/campaigns", """
                {"id": "%s-CV", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s1",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        ok(api().post("/api/covenants", """
                {"campaignId": "%s-CV", "unitIds": ["%sV", "%s1"], "signedOn": "2024-06-01"}""".formatted(q, q, q)));
        ok(api().post("/api/reports", """
                {"unitId": "%sV", "kind": "YEARLY", "year": 2024, "campaignId": "%s-CV"}""".formatted(q, q)));
        ok(api().post("/api/inspections", """
                {"id": "%s-KT", "team": ["Lê Văn Tra"], "targetUnitId": "%sV", "period": "2024"}""".formatted(q, q)));
        ok(api().post("/api/inspections/" + q + "-KT/findings",
                "{\"item\": \"DUTIES_PERFORMED\", \"result\": \"NOT_MET\", \"note\": \"Chưa hoàn thành\"}"));
        // the division moves to the other district from 2025, after its 2024 was recorded
        ok(api().post("/api/units/" + q + "V/move", """
                {"parentId": "%s2", "effectiveOn": "2025-01-01"}""".formatted(q)));

        // what it did in 2024 is still recorded as within the scope it was in then, not the one it is in now
        ok(api().post("/api/campaigns", """
                {"id": "%s-TD", "title": "Thi đua văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s1",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        ok(api().post("/api/campaigns/" + q + "-TD/registrations", """
                {"unitId": "%sV", "year": 2024, "registeredOn": "2024-01-20", "targets": ["Tập thể lao động xuất sắc"]}"""
                .formatted(q)));
        ok(api().post("/api/covenants", """
                {"campaignId": "%s-CV", "unitIds": ["%sV", "%s1"], "signedOn": "2024-09-01"}""".formatted(q, q, q)));
        ok(api().post("/api/campaigns", """
                {"id": "%s-C2", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s2",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(q, q)));
        Api.Response outside = api().post("/api/covenants", """
                {"campaignId": "%s-C2", "unitIds": ["%sV", "%s2"], "signedOn": "2024-06-01"}""".formatted(q, q, q));
        assertThat(outside.status()).as(outside.toString()).isEqualTo(409);
        assertThat(outside.json().get("errors").get(0).get("rule").asText()).isEqualTo("COVENANT_UNITS_IN_SCOPE");
        Api.Response outsideReport = api().post("/api/reports", """
                {"unitId": "%sV", "kind": "YEARLY", "year": 2024, "campaignId": "%s-C2"}""".formatted(q, q));
        assertThat(outsideReport.status()).as(outsideReport.toString()).isEqualTo(409);

        JsonNode former = ok(api().get("/api/dossiers?unit=" + q + "1&period=2024")).json();
        JsonNode later = ok(api().get("/api/dossiers?unit=" + q + "2&period=2024")).json();
        assertThat(indicator(former, "DUTIES_PERFORMED").get("status").asText()).as(former.toString())
                .isEqualTo("NOT_MET");
        assertThat(indicator(later, "DUTIES_PERFORMED").get("status").asText()).as(later.toString())
                .isEqualTo("NO_DATA");
        assertThat(indicator(later, "REPORTS_ON_TIME").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(indicator(former, "REPORTS_ON_TIME").get("status").asText()).isNotEqualTo("NO_DATA");
        assertThat(indicator(former, "COVENANT_SIGNED").get("entries")).isNotEmpty();
        assertThat(indicator(later, "COVENANT_SIGNED").get("entries")).isEmpty();
    }

    @Test
    void badDossierQueriesAreRefused() {
        assertThat(api().get("/api/dossiers?period=2024").status()).isEqualTo(400);
        assertThat(api().get("/api/dossiers?unit=" + p + "-NONE&period=2024").status()).isEqualTo(404);
        assertThat(api().get("/api/dossiers?unit=" + p + "-TP").status()).isEqualTo(400);
    }

    @Test
    void aCorrectionsAuditEntryPointsAtTheEntryItCorrects() {
        long first = ok(api().post("/api/evaluations/units", """
                {"unitId": "%s-YT", "period": "2024-02", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 20, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p)))
                .json().get("position").asLong();
        String id = ok(api().post("/api/evaluations/units", """
                {"unitId": "%s-YT", "period": "2024-02", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 25, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p)))
                .json().get("id").asText();
        JsonNode entries = ok(api().get("/api/audit/evaluations/" + id)).json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("UnitEvaluated", "UnitEvaluationCorrected");
        assertThat(entries.get(1).get("corrects").asLong()).isEqualTo(first);
        assertThat(entries.get(0).has("corrects")).isFalse();
        assertThat(entries.get(0).get("eventId").asText()).isNotBlank();
    }

    @Test
    void dossierCanBeFiledAsPdfXlsxAndCsvWithVietnameseIntact() throws Exception {
        JsonNode json = ok(api().get("/api/dossiers?unit=" + p + "-TP&period=2024")).json();
        Api.Download pdf = api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Phòng Tư pháp quận Long Biên").contains("Lê Thị Lan").contains("Tỷ lệ ký cam kết");

        Api.Download xlsx = api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(1);
            java.util.List<String> indicators = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                indicators.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            java.util.List<String> expected = new java.util.ArrayList<>();
            json.get("indicators").forEach(i -> expected.add(i.get("label").asText()));
            assertThat(indicators).containsExactlyElementsOf(expected);
        }

        Api.Download csv = api().download("/api/dossiers?unit=" + p + "-TP&period=2024&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Lê Thị Lan");
        assertThat(api().get("/api/dossiers?unit=" + p + "-TP&period=2024&format=docx").status()).isEqualTo(400);
    }
}
