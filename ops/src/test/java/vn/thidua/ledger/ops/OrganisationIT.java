package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organisation over time, over HTTP: units, clusters, transfers, registrations, covenants, pledges. */
class OrganisationIT extends NodeIT {

    private String p;

    @BeforeEach
    void district() {
        p = "o" + UUID.randomUUID().toString().substring(0, 8);
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-BD", "name": "Phường Bồ Đề", "kind": "COMMUNE", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-NL", "name": "Phường Ngọc Lâm", "kind": "COMMUNE", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-MAI", "unitId": "%s-BD", "fullName": "Trịnh Thị Mai", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
        created(api().post("/api/campaigns", """
                {"id": "%s-VHCS", "title": "Thi đua thực hiện văn hóa công sở", "kind": "EMULATION",
                 "scopeUnitId": "%s-LB", "from": "2019-01-01", "to": "2025-12-31"}""".formatted(p, p)));
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private void refused(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
    }

    private JsonNode trail(String kind, String id) {
        return api().get("/api/audit/" + kind + "/" + id).json().get("entries");
    }

    @Test
    void unitIsRenamedMovedAndClosedWithItsWholeHistoryKept() {
        created(api().post("/api/units/" + p + "-PNV/rename", """
                {"name": "Phòng Nội vụ quận Long Biên", "reason": "Quyết định 15/QĐ-UBND"}"""));
        created(api().post("/api/units/" + p + "-PNV/move", """
                {"parentId": "%s-BD", "effectiveOn": "2025-07-01"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-PNV/close", """
                {"closedOn": "2025-08-01", "reason": "Sáp nhập"}"""));
        assertThat(trail("units", p + "-PNV")).extracting(e -> e.get("type").asText())
                .containsExactly("UnitRegistered", "UnitRenamed", "UnitMoved", "UnitClosed");
        assertThat(trail("units", p + "-PNV").get(1).get("data").get("previousName").asText()).isEqualTo("Phòng Nội vụ");
        // every entry has its business time; a registration names none, so it is the day it was recorded
        JsonNode registered = trail("units", p + "-PNV").get(0);
        assertThat(registered.get("occurredOn").asText()).isEqualTo(Instant.parse(registered.get("recordedAt").asText())
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString());
        String today = registered.get("occurredOn").asText();
        assertThat(api().get("/api/audit/units/" + p + "-PNV?period=" + today.substring(0, 7)).json().get("entries"))
                .extracting(e -> e.get("type").asText()).contains("UnitRegistered");
        assertThat(api().get("/api/audit/units/" + p + "-PNV?period=2019").json().get("entries")).isEmpty();

        long before = eventCount();
        refused(api().post("/api/units/" + p + "-PNV/rename", "{\"name\": \"Tên khác\"}"), 409, "UNIT_CLOSED");
        refused(api().post("/api/units", """
                {"id": "%s-X", "name": "Tổ mới", "kind": "DIVISION", "parentId": "%s-PNV"}""".formatted(p, p)),
                409, "UNIT_CLOSED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void unitClosesNoEarlierThanItsLastMoveAndTheTransfersOfItsPeople() {
        created(api().post("/api/units/" + p + "-NL/move", """
                {"parentId": "%s-BD", "effectiveOn": "2025-03-01"}""".formatted(p)));
        created(api().post("/api/persons/" + p + "-MAI/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2025-04-01"}""".formatted(p)));
        created(api().post("/api/persons/" + p + "-MAI/transfers", """
                {"toUnitId": "%s-PNV", "effectiveOn": "2025-09-01"}""".formatted(p)));
        long before = eventCount();
        refused(api().post("/api/units/" + p + "-NL/move", """
                {"parentId": "%s-LB", "effectiveOn": "2025-02-01"}""".formatted(p)), 409, "UNIT_MOVES_IN_DATE_ORDER");
        refused(api().post("/api/units/" + p + "-NL/close", "{\"closedOn\": \"2025-02-28\"}"), 409,
                "UNIT_CLOSED_AFTER_MOVE");
        // Mai worked in Ngọc Lâm until 1 September
        refused(api().post("/api/units/" + p + "-NL/close", "{\"closedOn\": \"2025-08-31\"}"), 409,
                "UNIT_CLOSED_AFTER_TRANSFERS");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/units/" + p + "-NL/close", "{\"closedOn\": \"2025-09-01\", \"reason\": \"Sáp nhập\"}"));
    }

    @Test
    void unitClosesNoEarlierThanTheLastUnitMovedUnderItOrAway() {
        created(api().post("/api/units", """
                {"id": "%s-CHA", "name": "Văn phòng HĐND-UBND", "kind": "AGENCY", "parentId": "%s-LB"}"""
                .formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-CON", "name": "Tổ một cửa", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units/" + p + "-CON/move", """
                {"parentId": "%s-CHA", "effectiveOn": "2025-04-01"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-CON/move", """
                {"parentId": "%s-LB", "effectiveOn": "2025-06-01"}""".formatted(p)));
        long before = eventCount();
        // the office had a unit under it from April to June: it existed then
        refused(api().post("/api/units/" + p + "-CHA/close", "{\"closedOn\": \"2025-03-01\"}"), 409,
                "UNIT_CLOSED_AFTER_UNIT_MOVES");
        refused(api().post("/api/units/" + p + "-CHA/close", "{\"closedOn\": \"2025-05-31\"}"), 409,
                "UNIT_CLOSED_AFTER_UNIT_MOVES");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/units/" + p + "-CHA/close", "{\"closedOn\": \"2025-06-01\"}"));
    }

    @Test
    void aUnitOwingTheReportOfAYearIsNotClosedBeforeThatYearNorSubmitsAfterItsEnd() {
        created(api().post("/api/units", """
                {"id": "%s-BC", "name": "Phòng Thống kê", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/reports", """
                {"id": "%s-BC-2025", "unitId": "%s-BC", "kind": "YEARLY", "year": 2025}""".formatted(p, p)));
        long before = eventCount();
        Api.Response early = api().post("/api/units/" + p + "-BC/close", "{\"closedOn\": \"2024-12-31\"}");
        refused(early, 409, "UNIT_CLOSED_AFTER_FACTS");
        assertThat(early.json().get("detail").asText()).contains("báo cáo phải nộp " + p + "-BC-2025");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/units/" + p + "-BC/close", "{\"closedOn\": \"2025-10-01\"}"));
        // the year it lived in is still owed, but not told after its last day
        refused(api().post("/api/reports/" + p + "-BC-2025/submit", "{\"submittedOn\": \"2025-11-01\"}"), 409,
                "UNIT_CLOSED");
        created(api().post("/api/reports/" + p + "-BC-2025/submit", "{\"submittedOn\": \"2025-10-01\"}"));
        refused(api().post("/api/reports", """
                {"id": "%s-BC-2026", "unitId": "%s-BC", "kind": "YEARLY", "year": 2026}""".formatted(p, p)), 409,
                "UNIT_CLOSED");
    }

    @Test
    void aUnitIsNotClosedBeforeAFactAlreadyRecordedOnIt() {
        created(api().post("/api/clusters", """
                {"id": "%s-KHOI", "name": "Khối phường", "kind": "KHOI"}""".formatted(p)));
        created(api().post("/api/surveys", """
                {"unitId": "%s-NL", "period": "2025-11", "respondents": 100, "satisfied": 90}""".formatted(p)));
        long before = eventCount();
        Api.Response afterSurvey = api().post("/api/units/" + p + "-NL/close", "{\"closedOn\": \"2025-06-30\"}");
        refused(afterSurvey, 409, "UNIT_CLOSED_AFTER_FACTS");
        assertThat(afterSurvey.json().get("detail").asText()).contains("2025-11-01", "khảo sát");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/clusters/" + p + "-KHOI/members", """
                {"unitId": "%s-NL", "from": "2025-12-01"}""".formatted(p)));
        before = eventCount();
        Api.Response afterMembership = api().post("/api/units/" + p + "-NL/close",
                "{\"closedOn\": \"2025-11-30\"}");
        refused(afterMembership, 409, "UNIT_CLOSED_AFTER_FACTS");
        assertThat(afterMembership.json().get("detail").asText()).contains("2025-12-01", "cụm, khối");
        assertThat(eventCount()).isEqualTo(before);
        // on the first day of its membership it still existed
        created(api().post("/api/units/" + p + "-NL/close", "{\"closedOn\": \"2025-12-01\"}"));
    }

    @Test
    void aPledgesScopeIsJudgedByTheTreeOfItsSigningDay() {
        created(api().post("/api/units", """
                {"id": "%s-TO", "name": "Tổ dân phố số 5", "kind": "DIVISION", "parentId": "%s-BD"}""".formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-TUAN", "unitId": "%s-TO", "fullName": "Hà Minh Tuấn", "category": "VIEN_CHUC"}"""
                .formatted(p, p)));
        for (String ward : new String[] {"BD", "NL"}) {
            created(api().post("/api/campaigns", """
                    {"id": "%s-CVD-%s", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-%s",
                     "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, ward, p, ward)));
        }
        created(api().post("/api/units/" + p + "-TO/move", """
                {"parentId": "%s-NL", "effectiveOn": "2025-01-01"}""".formatted(p)));
        // in June 2024 the tổ lay within Bồ Đề, not Ngọc Lâm
        created(api().post("/api/pledges", """
                {"campaignId": "%s-CVD-BD", "personId": "%s-TUAN", "signedOn": "2024-06-01"}""".formatted(p, p)));
        refused(api().post("/api/pledges", """
                {"campaignId": "%s-CVD-NL", "personId": "%s-TUAN", "signedOn": "2024-06-01"}""".formatted(p, p)),
                409, "PLEDGE_PERSON_IN_SCOPE");
        created(api().post("/api/pledges", """
                {"campaignId": "%s-CVD-NL", "personId": "%s-TUAN", "signedOn": "2025-02-01"}""".formatted(p, p)));
    }

    @Test
    void aClosedUnitTakesNoFactsDatedAfterItsClosure() {
        created(api().post("/api/clusters", """
                {"id": "%s-CUM", "name": "Cụm thi đua các phường", "kind": "CUM"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-NL/close", """
                {"closedOn": "2025-06-30", "reason": "Sáp nhập vào phường Bồ Đề"}"""));
        long before = eventCount();

        refused(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-NL", "from": "2025-07-01"}""".formatted(p)), 409, "UNIT_CLOSED");
        refused(api().post("/api/evaluations/units", """
                {"unitId": "%s-NL", "period": "2025-07", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 25, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p)),
                409, "UNIT_CLOSED");
        refused(api().post("/api/surveys", """
                {"unitId": "%s-NL", "period": "2025-Q3", "respondents": 10, "satisfied": 9}""".formatted(p)),
                409, "UNIT_CLOSED");
        refused(api().post("/api/violations", """
                {"subjectId": "%s-NL", "ruleCode": "NK-1", "occurredOn": "2025-07-01", "source": "OTHER"}"""
                .formatted(p)), 409, "UNIT_CLOSED");
        refused(api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra quận", "targetUnitId": "%s-NL", "period": "2025-Q3"}"""
                .formatted(p, p)), 409, "UNIT_CLOSED");
        assertThat(eventCount()).isEqualTo(before);

        // what it did until its last day is still recorded, late or not
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-NL", "from": "2025-01-01"}""".formatted(p)));
        created(api().post("/api/evaluations/units", """
                {"unitId": "%s-NL", "period": "2025-06", "criteriaSet": "VN.VHCS-DV",
                 "scores": {"GENERAL": 25, "ADMIN_REFORM": 20, "CIVILISED_OFFICE": 10}}""".formatted(p)));
        created(api().post("/api/violations", """
                {"subjectId": "%s-NL", "ruleCode": "NK-1", "occurredOn": "2025-06-30", "source": "OTHER"}"""
                .formatted(p)));
        // and it stands in its cluster until its last day, whatever the end its membership was given
        Api.Response juneAnswer = api().get("/api/rankings?cluster=" + p + "-CUM&period=2025-06");
        assertThat(juneAnswer.status()).as(juneAnswer.toString()).isEqualTo(200);
        JsonNode june = juneAnswer.json();
        assertThat(june.get("rows")).extracting(r -> r.get("unitId").asText()).containsExactly(p + "-NL");
        // named: with no evaluation to tell it, the set in force would depend on what other tests published
        Api.Response july = api().get("/api/rankings?cluster=" + p + "-CUM&period=2025-07&criteriaSet=VN.VHCS-DV");
        assertThat(july.status()).as(july.toString()).isEqualTo(200);
        assertThat(july.json().get("rows")).isEmpty();
    }

    @Test
    void unitMovesAreRefusedWhenTheyWouldMakeACycle() {
        long before = eventCount();
        refused(api().post("/api/units/" + p + "-LB/move", """
                {"parentId": "%s-BD", "effectiveOn": "2025-07-01"}""".formatted(p)), 409, "UNIT_TREE_NO_CYCLE");
        refused(api().post("/api/units/" + p + "-BD/close", "{\"closedOn\": \"2025-07-01\"}"), 409, "UNIT_HAS_PERSONS");
        assertThat(api().post("/api/units/" + p + "-NOWHERE/rename", "{\"name\": \"X\"}").status()).isEqualTo(404);
        assertThat(api().post("/api/units/" + p + "-PNV/move", "{\"effectiveOn\": \"2025-07-01\"}").status())
                .isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);

        // a cycle of an earlier day: the ward left the district in June, so before June the district cannot go
        // under the ward, which was then under it
        created(api().post("/api/units", """
                {"id": "%s-W", "name": "Phường mới", "kind": "COMMUNE", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/units", """
                {"id": "%s-TOP", "name": "Thành phố", "kind": "PROVINCE"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-W/move", """
                {"parentId": "%s-TOP", "effectiveOn": "2025-06-01"}""".formatted(p)));
        long beforeEarlier = eventCount();
        refused(api().post("/api/units/" + p + "-LB/move", """
                {"parentId": "%s-W", "effectiveOn": "2025-01-01"}""".formatted(p)), 409, "UNIT_MOVES_IN_DATE_ORDER");
        assertThat(eventCount()).isEqualTo(beforeEarlier);
        created(api().post("/api/units/" + p + "-LB/move", """
                {"parentId": "%s-W", "effectiveOn": "2025-07-01"}""".formatted(p)));
    }

    @Test
    void clusterMembershipIsDatedAndNeverOverlaps() {
        created(api().post("/api/clusters", """
                {"id": "%s-CUM1", "name": "Cụm thi đua số 1 các phường", "kind": "CUM"}""".formatted(p)));
        created(api().post("/api/clusters/" + p + "-CUM1/members", """
                {"unitId": "%s-BD", "from": "2024-01-01"}""".formatted(p)));
        created(api().post("/api/clusters/" + p + "-CUM1/members", """
                {"unitId": "%s-NL", "from": "2024-01-01", "to": "2024-12-31"}""".formatted(p)));
        long before = eventCount();
        refused(api().post("/api/clusters/" + p + "-CUM1/members", """
                {"unitId": "%s-BD", "from": "2024-06-01"}""".formatted(p)), 409, "CLUSTER_MEMBERSHIP_NO_OVERLAP");
        assertThat(api().post("/api/clusters/" + p + "-CUM1/members", """
                {"unitId": "%s-NOWHERE", "from": "2024-06-01"}""".formatted(p)).status()).isEqualTo(404);
        assertThat(api().post("/api/clusters/" + p + "-NONE/members", """
                {"unitId": "%s-BD", "from": "2024-06-01"}""".formatted(p)).status()).isEqualTo(404);
        assertThat(api().post("/api/clusters", """
                {"id": "%s-CUM2", "name": "Khối", "kind": "NHOM"}""".formatted(p)).status()).isEqualTo(400);
        refused(api().post("/api/clusters", """
                {"id": "%s-CUM1", "name": "Trùng", "kind": "KHOI"}""".formatted(p)), 409, "ID_UNIQUE");
        assertThat(eventCount()).isEqualTo(before);

        created(api().post("/api/clusters/" + p + "-CUM1/members/" + p + "-BD/end", "{\"to\": \"2025-06-30\"}"));
        assertThat(trail("clusters", p + "-CUM1")).extracting(e -> e.get("type").asText())
                .containsExactly("ClusterRegistered", "ClusterMemberAdded", "ClusterMemberAdded",
                        "ClusterMembershipEnded");
        assertThat(trail("units", p + "-BD")).extracting(e -> e.get("type").asText())
                .contains("ClusterMemberAdded", "ClusterMembershipEnded");
    }

    @Test
    void transfersAndPostChangesAreDatedAndAudited() {
        created(api().post("/api/persons/" + p + "-MAI/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2025-01-01"}""".formatted(p)));
        created(api().post("/api/persons/" + p + "-MAI/post-changes", """
                {"category": "CONG_CHUC", "leader": true, "effectiveOn": "2025-02-01"}"""));
        assertThat(trail("persons", p + "-MAI")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonRegistered", "PersonTransferred", "PersonPostChanged");
        assertThat(trail("units", p + "-NL")).extracting(e -> e.get("type").asText()).contains("PersonTransferred");

        long before = eventCount();
        assertThat(api().post("/api/persons/" + p + "-MAI/transfers", """
                {"toUnitId": "%s-NOWHERE", "effectiveOn": "2025-03-01"}""".formatted(p)).status()).isEqualTo(404);
        refused(api().post("/api/persons/" + p + "-MAI/transfers", """
                {"toUnitId": "%s-BD", "effectiveOn": "2024-12-01"}""".formatted(p)), 409, "PERSON_CHANGES_IN_DATE_ORDER");
        assertThat(api().post("/api/persons/" + p + "-NOBODY/transfers", """
                {"toUnitId": "%s-BD", "effectiveOn": "2025-03-01"}""".formatted(p)).status()).isEqualTo(404);
        assertThat(api().post("/api/persons/" + p + "-MAI/transfers", "{\"toUnitId\": \"" + p + "-BD\"}").status())
                .isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void unitsRegisterForEmulationOnceAYear() {
        Api.Response registered = created(api().post("/api/campaigns/" + p + "-VHCS/registrations", """
                {"unitId": "%s-BD", "year": 2024, "registeredOn": "2024-01-20",
                 "targets": ["Tập thể lao động xuất sắc", "Tỷ lệ hài lòng ≥ 90%%"]}""".formatted(p)));
        assertThat(trail("registrations", registered.json().get("id").asText()).get(0).get("data")
                .get("targets").get(1).asText()).isEqualTo("Tỷ lệ hài lòng ≥ 90%");
        long before = eventCount();
        refused(api().post("/api/campaigns/" + p + "-VHCS/registrations", """
                {"unitId": "%s-BD", "year": 2024, "registeredOn": "2024-02-01", "targets": ["Lần hai"]}"""
                .formatted(p)), 409, "REGISTRATION_ONCE_A_YEAR");
        assertThat(api().post("/api/campaigns/" + p + "-NONE/registrations", """
                {"unitId": "%s-BD", "year": 2024, "registeredOn": "2024-02-01", "targets": ["X"]}""".formatted(p))
                .status()).isEqualTo(404);
        assertThat(api().post("/api/campaigns/" + p + "-VHCS/registrations", """
                {"unitId": "%s-BD", "year": 2024}""".formatted(p)).json().get("errors"))
                .extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("targets", "registeredOn");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void unitsSignCovenantsWithinTheMovement() {
        Api.Response covenant = created(api().post("/api/covenants", """
                {"campaignId": "%s-VHCS", "unitIds": ["%s-BD", "%s-NL"], "signedOn": "2024-02-15",
                 "content": "Thi đua thực hiện văn hóa công sở"}""".formatted(p, p, p)));
        assertThat(trail("units", p + "-NL")).extracting(e -> e.get("type").asText()).contains("CovenantSigned");
        assertThat(trail("covenants", covenant.json().get("id").asText())).hasSize(1);
        long before = eventCount();
        Api.Response lonely = api().post("/api/covenants", """
                {"campaignId": "%s-VHCS", "unitIds": ["%s-BD"], "signedOn": "2024-02-15"}""".formatted(p, p));
        assertThat(lonely.status()).isEqualTo(400);
        assertThat(lonely.json().get("errors").get(0).get("field").asText()).isEqualTo("unitIds");
        Api.Response unknown = api().post("/api/covenants", """
                {"campaignId": "%s-VHCS", "unitIds": ["%s-BD", "%s-ZZ"], "signedOn": "2024-02-15"}""".formatted(p, p, p));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("unitIds[1]");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void pledgesAreRenewedYearlyAndWithdrawnWithAReason() {
        created(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN",
                 "scopeUnitId": "%s-LB", "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)));
        String pledge = created(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-MAI", "signedOn": "2024-01-15", "items": ["4 xin, 4 luôn"]}"""
                .formatted(p, p))).json().get("id").asText();
        created(api().post("/api/pledges/" + pledge + "/renewals", "{\"year\": 2025, \"renewedOn\": \"2025-01-10\"}"));
        long before = eventCount();
        refused(api().post("/api/pledges/" + pledge + "/renewals", "{\"year\": 2025, \"renewedOn\": \"2025-02-10\"}"),
                409, "PLEDGE_ONCE_A_YEAR");
        assertThat(api().post("/api/pledges/" + pledge + "/withdraw", "{\"withdrawnOn\": \"2025-03-01\"}").status())
                .isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/pledges/" + pledge + "/withdraw", """
                {"withdrawnOn": "2025-03-01", "reason": "Chuyển công tác"}"""));
        refused(api().post("/api/pledges/" + pledge + "/withdraw", """
                {"withdrawnOn": "2025-03-02", "reason": "Lần nữa"}"""), 409, "PLEDGE_WITHDRAWN");
        // once withdrawn, the person may sign again
        created(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-MAI", "signedOn": "2025-04-01"}""".formatted(p, p)));
        assertThat(trail("pledges", pledge)).extracting(e -> e.get("type").asText())
                .containsExactly("PledgeSigned", "PledgeRenewed", "PledgeWithdrawn");
    }
}
