package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign's records of units over HTTP — registrations, covenants, reviews, reports — as the dossier judges them,
 * as they hold a closing back, and as a scoped account may hear of them.
 */
class CampaignRecordsIT extends NodeIT {

    private String p;

    @BeforeEach
    void district() {
        p = "c" + UUID.randomUUID().toString().substring(0, 8);
        created(api().post("/api/units", """
                {"id": "%s-Q", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        for (String ward : List.of("BD", "NL")) {
            created(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Phường %s", "kind": "COMMUNE", "parentId": "%s-Q"}"""
                    .formatted(p, ward, ward, p)));
        }
        created(api().post("/api/campaigns", """
                {"id": "%s-VH", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-Q",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)));
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static void refused(Api.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
    }

    private JsonNode indicator(String unit, String period, String code) {
        Api.Response dossier = api().get("/api/dossiers?unit=" + p + "-" + unit + "&period=" + period);
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        for (JsonNode indicator : dossier.json().get("indicators")) {
            if (indicator.get("code").asText().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError(code + " missing from " + dossier);
    }

    private void register(String unit, int year) {
        created(api().post("/api/campaigns/" + p + "-VH/registrations", """
                {"unitId": "%s-%s", "year": %d, "registeredOn": "%d-01-20", "targets": ["Tập thể lao động tiên tiến"]}"""
                .formatted(p, unit, year, year)));
    }

    @Test
    void aDossierCountsTheRegistrationsOfEveryUnitForEveryYearOfItsPeriod() {
        register("BD", 2024);
        JsonNode district = indicator("Q", "2024", "EMULATION_REGISTERED");
        // one ward of the district's three units registered: not the district's registration
        assertThat(district.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(district.get("details").get("expected").asInt()).isEqualTo(3);
        assertThat(district.get("details").get("registered").asInt()).isEqualTo(1);
        assertThat(district.get("details").get("missing")).extracting(m -> m.get("unitId").asText())
                .containsExactlyInAnyOrder(p + "-Q", p + "-NL");
        assertThat(indicator("NL", "2024", "EMULATION_REGISTERED").get("status").asText()).isEqualTo("NOT_MET");
        // the file names the table for what it lists: units, not people who have not pledged
        String csv = api().download("/api/dossiers?unit=" + p + "-Q&period=2024&format=csv").text();
        assertThat(csv).contains("Đăng ký thi đua — Đơn vị chưa đăng ký thi đua (theo năm)")
                .doesNotContain("Đăng ký thi đua — Người chưa ký cam kết");
        assertThat(indicator("BD", "2024", "EMULATION_REGISTERED").get("status").asText()).isEqualTo("MET");
        // two years, the second not registered
        JsonNode twoYears = indicator("BD", "2024-01-01..2025-12-31", "EMULATION_REGISTERED");
        assertThat(twoYears.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(twoYears.get("details").get("missing").get(0).get("year").asInt()).isEqualTo(2025);
        register("Q", 2024);
        register("NL", 2024);
        assertThat(indicator("Q", "2024", "EMULATION_REGISTERED").get("status").asText()).isEqualTo("MET");

        // the tree of the period's end decides, whatever happened to the units since: a ward moved to another
        // district in 2025 and one closed at the end of 2025 still registered for 2024 here
        created(api().post("/api/units", """
                {"id": "%s-GL", "name": "Huyện Gia Lâm", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-BD/move", """
                {"parentId": "%s-GL", "effectiveOn": "2025-03-01"}""".formatted(p)));
        created(api().post("/api/units/" + p + "-NL/close", """
                {"closedOn": "2025-12-31", "reason": "Sáp nhập"}"""));
        JsonNode after = indicator("Q", "2024", "EMULATION_REGISTERED");
        assertThat(after.get("status").asText()).as(after.toString()).isEqualTo("MET");
        assertThat(after.get("details").get("expected").asInt()).isEqualTo(3);
        // closed before 2026 began: not asked to register for it; nor is any unit for a year still to come, nor for
        // a year no campaign ran over it (nothing to register under)
        assertThat(indicator("Q", "2026-07-01..2027-06-30", "EMULATION_REGISTERED").get("status").asText())
                .isEqualTo("NO_DATA");
        created(api().post("/api/campaigns", """
                {"id": "%s-VH2", "title": "Văn hóa công sở giai đoạn 2", "kind": "EMULATION", "scopeUnitId": "%s-Q",
                 "from": "2026-01-01", "to": "2027-12-31"}""".formatted(p, p)));
        JsonNode ahead = indicator("Q", "2026-07-01..2027-06-30", "EMULATION_REGISTERED");
        assertThat(ahead.get("details").get("missing")).extracting(m -> m.get("unitId").asText() + "/"
                + m.get("year").asInt()).containsExactly(p + "-Q/2026");
    }

    @Test
    void aDossierOverSeveralYearsAsksACovenantOfEachYear() {
        created(api().post("/api/covenants", """
                {"campaignId": "%s-VH", "unitIds": ["%s-BD", "%s-NL"], "signedOn": "2024-02-01"}""".formatted(p, p, p)));
        assertThat(indicator("Q", "2024", "COVENANT_SIGNED").get("status").asText()).isEqualTo("MET");
        JsonNode twoYears = indicator("Q", "2024-01-01..2025-12-31", "COVENANT_SIGNED");
        assertThat(twoYears.get("status").asText()).isEqualTo("PARTLY_MET");
        assertThat(twoYears.get("details").get("yearsWithout")).extracting(JsonNode::asInt).containsExactly(2025);
        assertThat(twoYears.get("summary").asText()).contains("2025");
        // a year still to come owes no covenant yet
        assertThat(indicator("Q", "2026-07-01..2027-06-30", "COVENANT_SIGNED").get("details").get("years"))
                .extracting(JsonNode::asInt).containsExactly(2026);
    }

    @Test
    void aUnitIsNotClosedBeforeTheDayItRegisteredSignedACovenantOrHeldAReview() {
        for (String unit : List.of("R", "C", "S")) {
            created(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Phường %s", "kind": "COMMUNE", "parentId": "%s-Q"}"""
                    .formatted(p, unit, unit, p)));
        }
        register("R", 2025);
        created(api().post("/api/covenants", """
                {"campaignId": "%s-VH", "unitIds": ["%s-C", "%s-BD"], "signedOn": "2025-03-15"}""".formatted(p, p, p)));
        created(api().post("/api/campaigns", """
                {"id": "%s-S-NK", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-S",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)));
        created(api().post("/api/campaigns/" + p + "-S-NK/reviews", """
                {"kind": "FINAL", "heldOn": "2025-12-01"}"""));
        for (String[] closing : new String[][] {{"R", "registration"}, {"C", "covenant"}, {"S", "review"}}) {
            Api.Response refusedClosing = api().post("/api/units/" + p + "-" + closing[0] + "/close", """
                    {"closedOn": "2024-06-30", "reason": "Sáp nhập"}""");
            refused(refusedClosing, 409, "UNIT_CLOSED_AFTER_FACTS");
        }
        // a campaign over a unit from its first day: closing before it begins is refused too
        created(api().post("/api/units", """
                {"id": "%s-K", "name": "Phường K", "kind": "COMMUNE", "parentId": "%s-Q"}""".formatted(p, p)));
        created(api().post("/api/campaigns", """
                {"id": "%s-K-NK", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-K",
                 "from": "2025-01-01", "to": "2025-12-31"}""".formatted(p, p)));
        refused(api().post("/api/units/" + p + "-K/close", """
                {"closedOn": "2024-06-30", "reason": "Sáp nhập"}"""), 409, "UNIT_CLOSED_AFTER_FACTS");
        created(api().post("/api/units/" + p + "-K/close", """
                {"closedOn": "2025-06-30", "reason": "Sáp nhập"}"""));
        // a review is its scope unit's meeting: none after that unit closed
        refused(api().post("/api/campaigns/" + p + "-K-NK/reviews", """
                {"kind": "FINAL", "heldOn": "2025-12-01"}"""), 409, "UNIT_CLOSED");
    }

    @Test
    void aScopedAccountHearsNothingOfAnotherUnitsCampaignOrCovenant() {
        created(api().post("/api/admin/users", """
                {"username": "%s.bd", "password": "mat-khau-du-dai", "role": "WRITER", "unitScope": "%s-BD"}"""
                .formatted(p, p)));
        Api ward = Api.as(port, p + ".bd", "mat-khau-du-dai");
        long head = head();
        for (Api.Response refusedResponse : List.of(
                // the district's campaign: its reviews are the district's, whatever is wrong with them
                ward.post("/api/campaigns/" + p + "-VH/reviews", """
                        {"kind": "MID_TERM", "heldOn": "2023-01-15"}"""),
                ward.post("/api/campaigns/" + p + "-VH/reviews", """
                        {"kind": "FINAL", "heldOn": "2025-12-15"}"""),
                // a covenant naming another ward, dated outside the campaign
                ward.post("/api/covenants", """
                        {"campaignId": "%s-VH", "unitIds": ["%s-BD", "%s-NL"], "signedOn": "2018-02-16"}"""
                        .formatted(p, p, p)))) {
            refused(refusedResponse, 403, "UNIT_SCOPE");
        }
        assertThat(head()).isEqualTo(head);
        // a covenant of its own units dated outside the campaign: that refusal is its to hear
        created(ward.post("/api/units", """
                {"id": "%s-BD-T", "name": "Tổ dân phố 1", "kind": "DIVISION", "parentId": "%s-BD"}""".formatted(p, p)));
        refused(ward.post("/api/covenants", """
                {"campaignId": "%s-VH", "unitIds": ["%s-BD", "%s-BD-T"], "signedOn": "2018-02-16"}"""
                .formatted(p, p, p)), 400, "COVENANT_WITHIN_CAMPAIGN");
    }

    @Test
    void aReportSubmittedInTimeButRecordedAfterItsDeadlineCorrectsTheOverdueNotice() throws InterruptedException {
        String report = created(api().post("/api/reports", """
                {"unitId": "%s-BD", "kind": "SIX_MONTHLY", "year": 2024}""".formatted(p))).json().get("id").asText();
        // its deadline long past, it falls overdue at once
        JsonNode overdue = null;
        for (int i = 0; i < 100 && overdue == null; i++) {
            for (JsonNode entry : api().get("/api/audit/reports/" + report).json().get("entries")) {
                if (entry.get("type").asText().equals("ReportOverdue")) {
                    overdue = entry;
                }
            }
            Thread.sleep(100);
        }
        assertThat(overdue).as("overdue notice").isNotNull();
        created(api().post("/api/reports/" + report + "/submit", """
                {"submittedOn": "2024-06-01"}"""));
        JsonNode entries = api().get("/api/audit/reports/" + report).json().get("entries");
        JsonNode submitted = entries.get(entries.size() - 1);
        assertThat(submitted.get("type").asText()).isEqualTo("ReportSubmitted");
        assertThat(submitted.get("data").get("onTime").asBoolean()).isTrue();
        assertThat(submitted.get("corrects").asLong()).isEqualTo(overdue.get("position").asLong());
    }

    @Test
    void aCampaignsTrailTellsItsReportsFromTheirRequirementToTheirSubmission() throws InterruptedException {
        String report = created(api().post("/api/reports", """
                {"unitId": "%s-BD", "kind": "YEARLY", "year": 2024, "campaignId": "%s-VH"}""".formatted(p, p)))
                .json().get("id").asText();
        created(api().post("/api/reports/" + report + "/submit", """
                {"submittedOn": "2025-01-05"}"""));
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode entry : api().get("/api/audit/campaigns/" + p + "-VH").json().get("entries")) {
            if (entry.get("data").path("reportId").asText().equals(report)) {
                types.add(entry.get("type").asText());
            }
        }
        assertThat(types).contains("ReportRequired", "ReportSubmitted");
        JsonNode submitted = api().get("/api/audit/reports/" + report).json().get("entries");
        assertThat(submitted.get(submitted.size() - 1).get("data").get("campaignId").asText()).isEqualTo(p + "-VH");
    }

    @Test
    void aRequirementCancelledIsOwedNoMoreAndHoldsTheUnitBackNoMore() {
        created(api().post("/api/units", """
                {"id": "%s-M", "name": "Phường M", "kind": "COMMUNE", "parentId": "%s-Q"}""".formatted(p, p)));
        // required ahead, for a year the unit will not see: it is merged first
        String report = created(api().post("/api/reports", """
                {"unitId": "%s-M", "kind": "YEARLY", "year": 2090}""".formatted(p))).json().get("id").asText();
        refused(api().post("/api/units/" + p + "-M/close", """
                {"closedOn": "2025-06-30", "reason": "Sáp nhập"}"""), 409, "UNIT_CLOSED_AFTER_FACTS");

        long head = head();
        Api.Response unexplained = api().post("/api/reports/" + report + "/cancel", "{}");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(api().post("/api/reports/" + p + "-NONE/cancel", """
                {"reason": "Nhầm"}""").status()).isEqualTo(404);
        assertThat(head()).isEqualTo(head);

        created(api().post("/api/reports/" + report + "/cancel", """
                {"reason": "Đơn vị sáp nhập vào phường Bồ Đề"}"""));
        JsonNode entries = api().get("/api/audit/reports/" + report).json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("ReportRequired", "ReportRequirementCancelled");
        assertThat(entries.get(1).get("typeLabel").asText()).isEqualTo("Hủy yêu cầu báo cáo");
        assertThat(api().get("/api/audit/units/" + p + "-M").json().get("entries"))
                .extracting(e -> e.get("type").asText()).contains("ReportRequirementCancelled");
        refused(api().post("/api/reports/" + report + "/submit", """
                {"submittedOn": "2025-01-05"}"""), 409, "REPORT_REQUIREMENT_CANCELLED");
        refused(api().post("/api/reports/" + report + "/cancel", """
                {"reason": "Lần nữa"}"""), 409, "REPORT_REQUIREMENT_CANCELLED");
        created(api().post("/api/units/" + p + "-M/close", """
                {"closedOn": "2025-06-30", "reason": "Sáp nhập"}"""));

        // a requirement of a unit still there may be made again once cancelled, and a cancelled one counts nowhere
        String first = created(api().post("/api/reports", """
                {"unitId": "%s-NL", "kind": "SIX_MONTHLY", "year": 2024}""".formatted(p))).json().get("id").asText();
        created(api().post("/api/reports/" + first + "/cancel", """
                {"reason": "Ghi nhầm kỳ"}"""));
        JsonNode reports = indicator("NL", "2024", "REPORTS_ON_TIME");
        assertThat(reports.get("status").asText()).isEqualTo("NO_DATA");
        String again = created(api().post("/api/reports", """
                {"unitId": "%s-NL", "kind": "SIX_MONTHLY", "year": 2024}""".formatted(p))).json().get("id").asText();
        created(api().post("/api/reports/" + again + "/submit", """
                {"submittedOn": "2024-06-05"}"""));
        reports = indicator("NL", "2024", "REPORTS_ON_TIME");
        assertThat(reports.get("status").asText()).isEqualTo("MET");
        assertThat(reports.get("details").get("reports")).extracting(r -> r.get("reportId").asText())
                .containsExactly(again);
    }
}
