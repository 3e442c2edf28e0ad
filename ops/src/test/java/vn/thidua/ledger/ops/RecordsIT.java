package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Surveys, inspections, commendations, reviews and reports over HTTP: each write's happy path and its
 * refusals, the audit trails they leave, and report deadlines firing from db-scheduler.
 */
class RecordsIT extends NodeIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void prefix() {
        p = "r" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    /** Long Biên district with its Phòng Nội vụ, one civil servant there and the campaign over the district. */
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
                 "scopeUnitId": "%s-LB", "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)));
    }

    /** Asserts a refusal: its status, problem details naming the rule (and field), and that nothing was stored. */
    private void assertRefused(long eventsBefore, Api.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        if (field != null) {
            assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
        }
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private JsonNode trail(String kind, String id) {
        Api.Response response = api().get("/api/audit/" + kind + "/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("entries");
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    // --- satisfaction surveys ---

    @Test
    void surveyIsRecordedAndItsCorrectionAppearsAsAnEntryOfItsOwn() {
        district();
        String survey = created(api().post("/api/surveys", """
                {"unitId": "%s-PNV", "period": "2024-H1", "respondents": 250, "satisfied": 231, "method": "SIPAS",
                 "note": "Phiếu khảo sát tại Bộ phận một cửa"}""".formatted(p))).json().get("id").asText();
        assertThat(survey).isNotBlank();
        created(api().post("/api/surveys/" + survey + "/corrections", """
                {"respondents": 248, "satisfied": 229, "reason": "Nhập trùng 2 phiếu khảo sát"}"""));

        JsonNode entries = trail("surveys", survey);
        assertThat(types(entries)).containsExactly("SurveyRecorded", "SurveyCorrected");
        assertThat(entries.get(0).get("period").asText()).isEqualTo("2024-H1");
        assertThat(entries.get(0).get("data").get("satisfied").asInt()).isEqualTo(231);
        assertThat(entries.get(0).get("data").get("method").asText()).isEqualTo("SIPAS");
        assertThat(entries.get(1).get("data").get("satisfied").asInt()).isEqualTo(229);
        assertThat(entries.get(1).get("data").get("reason").asText()).isEqualTo("Nhập trùng 2 phiếu khảo sát");
        assertThat(types(trail("units", p + "-PNV"))).containsSubsequence("SurveyRecorded", "SurveyCorrected");
    }

    @Test
    void surveyWithMoreSatisfiedThanRespondentsIsRefused() {
        district();
        long before = eventCount();
        assertRefused(before, api().post("/api/surveys", """
                {"unitId": "%s-PNV", "period": "2024-H1", "respondents": 250, "satisfied": 251}""".formatted(p)),
                400, "SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied");
        assertRefused(before, api().post("/api/surveys", """
                {"unitId": "%s-PNV", "period": "2024-H1", "respondents": 0, "satisfied": 0}""".formatted(p)),
                400, "SURVEY_RESPONDENTS_POSITIVE", "respondents");
        assertRefused(before, api().post("/api/surveys", """
                {"unitId": "%s-PNV", "period": "2024-H7", "respondents": 10, "satisfied": 9}""".formatted(p)),
                400, "PERIOD_VALID", "period");
    }

    @Test
    void surveyOfAnUnknownUnitIsRefusedWith404() {
        long before = eventCount();
        assertRefused(before, api().post("/api/surveys", """
                {"unitId": "%s-NOWHERE", "period": "2024", "respondents": 10, "satisfied": 9}""".formatted(p)),
                404, "REFERENCE_EXISTS", "unitId");
    }

    @Test
    void correctionsAreRefusedForUnknownSurveysAndOutOfRangeFigures() {
        district();
        created(api().post("/api/surveys", """
                {"id": "%s-KS", "unitId": "%s-PNV", "period": "2024", "respondents": 100, "satisfied": 90}"""
                .formatted(p, p)));
        long before = eventCount();
        assertRefused(before, api().post("/api/surveys/" + p + "-NOSURVEY/corrections", """
                {"respondents": 100, "satisfied": 91, "reason": "Sai số liệu"}"""), 404, "REFERENCE_EXISTS", "id");
        assertRefused(before, api().post("/api/surveys/" + p + "-KS/corrections", """
                {"respondents": 100, "satisfied": 101, "reason": "Sai số liệu"}"""),
                400, "SURVEY_SATISFIED_WITHIN_RESPONDENTS", "satisfied");
        // the figures in force: nothing to correct, answered as a replay of what recorded them
        Api.Response same = api().post("/api/surveys/" + p + "-KS/corrections", """
                {"respondents": 100, "satisfied": 90, "reason": "Nhập lại"}""");
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(before);
        assertRefused(before, api().post("/api/surveys/" + p + "-KS/corrections", """
                {"respondents": 100, "satisfied": 91}"""), 400, "INPUT_VALID", "reason");
    }

    // --- inspections ---

    @Test
    void inspectionIsOpenedFindingsAreRecordedAndItIsClosed() {
        district();
        String id = p + "-KT";
        created(api().post("/api/inspections", """
                {"id": "%s", "team": ["Trần Văn Bình", "Lê Thị Mai"], "targetUnitId": "%s-PNV", "period": "2024"}"""
                .formatted(id, p)));
        created(api().post("/api/inspections/" + id + "/findings", """
                {"item": "COVENANT_SIGNED", "result": "PARTLY_MET", "note": "Chưa ký giao ước giữa các phòng"}"""));
        created(api().post("/api/inspections/" + id + "/findings", """
                {"item": "GRASSROOTS_DEMOCRACY_APPLIED", "result": "MET"}"""));
        created(api().post("/api/inspections/" + id + "/close", """
                {"conclusion": "Đơn vị triển khai nghiêm túc; cần ký giao ước thi đua trong quý III"}"""));

        JsonNode entries = trail("inspections", id);
        assertThat(types(entries)).containsExactly("InspectionOpened", "InspectionFindingRecorded",
                "InspectionFindingRecorded", "InspectionClosed");
        assertThat(entries.get(0).get("data").get("team").get(1).asText()).isEqualTo("Lê Thị Mai");
        assertThat(entries.get(0).get("data").get("checklistVersion").asInt()).isEqualTo(1);
        assertThat(entries.get(1).get("data").get("result").asText()).isEqualTo("PARTLY_MET");
        assertThat(types(trail("units", p + "-PNV"))).containsSubsequence("InspectionOpened", "InspectionClosed");

        String named = p + "-KT2";
        created(api().post("/api/inspections", """
                {"id": "%s", "team": "Đoàn kiểm tra liên ngành Thành phố", "targetUnitId": "%s-PNV", "period": "2024-H1"}"""
                .formatted(named, p)));
        assertThat(trail("inspections", named).get(0).get("data").get("team").asText())
                .isEqualTo("Đoàn kiểm tra liên ngành Thành phố");
    }

    @Test
    void openingAnInspectionIsRefusedForUnknownUnitsAndMalformedTeams() {
        district();
        long before = eventCount();
        assertRefused(before, api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra", "targetUnitId": "%s-NOWHERE", "period": "2024"}"""
                .formatted(p, p)), 404, "REFERENCE_EXISTS", "targetUnitId");
        assertRefused(before, api().post("/api/inspections", """
                {"id": "%s-KT", "team": 42, "targetUnitId": "%s-PNV", "period": "2024"}""".formatted(p, p)),
                400, "INPUT_VALID", "team");
        assertRefused(before, api().post("/api/inspections", """
                {"id": "%s-KT", "team": [], "targetUnitId": "%s-PNV", "period": "2024"}""".formatted(p, p)),
                400, "INSPECTION_TEAM_REQUIRED", "team");
    }

    @Test
    void findingOnAnItemOutsideTheChecklistIsRefused() {
        district();
        created(api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra", "targetUnitId": "%s-PNV", "period": "2024"}""".formatted(p, p)));
        long before = eventCount();
        assertRefused(before, api().post("/api/inspections/" + p + "-KT/findings", """
                {"item": "DRESS_CODE", "result": "MET"}"""), 400, "INSPECTION_CHECKLIST_ITEM_KNOWN", "item");
        assertRefused(before, api().post("/api/inspections/" + p + "-KT/findings", """
                {"item": "COVENANT_SIGNED", "result": "DONE"}"""), 400, "INPUT_VALID", "result");
    }

    @Test
    void nothingIsRecordedInAClosedInspectionNorInAnUnknownOne() {
        district();
        created(api().post("/api/inspections", """
                {"id": "%s-KT", "team": "Đoàn kiểm tra", "targetUnitId": "%s-PNV", "period": "2024"}""".formatted(p, p)));
        created(api().post("/api/inspections/" + p + "-KT/close", "{\"conclusion\": \"Đạt yêu cầu\"}"));
        long before = eventCount();
        assertRefused(before, api().post("/api/inspections/" + p + "-KT/findings", """
                {"item": "COVENANT_SIGNED", "result": "MET"}"""), 409, "INSPECTION_CLOSED", null);
        assertRefused(before, api().post("/api/inspections/" + p + "-KT/close", "{\"conclusion\": \"Lần nữa\"}"),
                409, "INSPECTION_CLOSED", null);
        assertRefused(before, api().post("/api/inspections/" + p + "-NONE/findings", """
                {"item": "COVENANT_SIGNED", "result": "MET"}"""), 404, "REFERENCE_EXISTS", "id");
        assertRefused(before, api().post("/api/inspections/" + p + "-NONE/close", "{\"conclusion\": \"Đạt\"}"),
                404, "REFERENCE_EXISTS", "id");
    }

    // --- commendations ---

    @Test
    void commendationIsProposedApprovedAndRevokedInTheTrailsOfBothCommendationAndPerson() {
        district();
        String id = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-HUONG", "period": "2024",
                 "reason": "Hoàn thành tốt nhiệm vụ", "campaignId": "%s-NKTC"}""".formatted(p, p)))
                .json().get("id").asText();
        created(api().post("/api/commendations/" + id + "/approve", """
                {"decisionNo": "125/QĐ-UBND", "decidedOn": "2025-01-15"}"""));
        created(api().post("/api/commendations/" + id + "/revoke", """
                {"reason": "Vi phạm NK-3 được xác nhận trong năm 2024"}"""));

        JsonNode entries = trail("commendations", id);
        assertThat(types(entries)).containsExactly("CommendationProposed", "CommendationApproved", "CommendationRevoked");
        assertThat(entries.get(0).get("data").get("recipientKind").asText()).isEqualTo("PERSON");
        assertThat(entries.get(1).get("data").get("decisionNo").asText()).isEqualTo("125/QĐ-UBND");
        assertThat(types(trail("persons", p + "-HUONG")))
                .containsSubsequence("CommendationProposed", "CommendationApproved", "CommendationRevoked");
        // proposed under the campaign: its decisions are in the campaign's trail too, not the proposal alone
        assertThat(types(trail("campaigns", p + "-NKTC")))
                .containsExactly("CampaignLaunched", "CommendationProposed", "CommendationApproved", "CommendationRevoked");

        String unitTitle = created(api().post("/api/commendations", """
                {"title": "TAP_THE_LAO_DONG_XUAT_SAC", "recipientId": "%s-PNV", "period": "2024"}""".formatted(p)))
                .json().get("id").asText();
        created(api().post("/api/commendations/" + unitTitle + "/reject", "{\"reason\": \"Chưa đủ tiêu chuẩn\"}"));
        assertThat(types(trail("units", p + "-PNV"))).containsSubsequence("CommendationProposed", "CommendationRejected");
    }

    @Test
    void whatConcernsAUnitWithoutNamingItIsInThatUnitsTrailToo() {
        district();
        created(api().post("/api/units", """
                {"id": "%s-TP", "name": "Phòng Tư pháp", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        String pledge = created(api().post("/api/pledges", """
                {"campaignId": "%s-NKTC", "personId": "%s-HUONG", "signedOn": "2024-01-15"}""".formatted(p, p)))
                .json().get("id").asText();
        created(api().post("/api/pledges/" + pledge + "/withdraw", """
                {"withdrawnOn": "2024-06-01", "reason": "Xin ký lại theo mẫu mới"}"""));
        // moved in 2025: the title for 2024 rewards her work in Phòng Nội vụ
        created(api().post("/api/persons/" + p + "-HUONG/transfers", """
                {"toUnitId": "%s-TP", "effectiveOn": "2025-02-01"}""".formatted(p)));
        created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-HUONG", "period": "2024"}""".formatted(p)));
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2024-12-20"}"""));

        assertThat(types(trail("units", p + "-PNV"))).containsSubsequence("PledgeSigned", "PledgeWithdrawn",
                "CommendationProposed");
        assertThat(types(trail("units", p + "-TP"))).doesNotContain("CommendationProposed", "PledgeWithdrawn");
        assertThat(types(trail("units", p + "-LB"))).containsSubsequence("CampaignLaunched", "ReviewHeld");
    }

    @Test
    void titleThatDoesNotSuitTheRecipientIsRefused() {
        district();
        long before = eventCount();
        assertRefused(before, api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-PNV", "period": "2024"}""".formatted(p)),
                400, "COMMENDATION_TITLE_FOR_RECIPIENT", "title");
        assertRefused(before, api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-HUONG", "period": "2024"}""".formatted(p)),
                400, "COMMENDATION_TITLE_FOR_RECIPIENT", "title");
        assertRefused(before, api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s-NOBODY", "period": "2024"}""".formatted(p)),
                404, "REFERENCE_EXISTS", "recipientId");
        assertRefused(before, api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s-HUONG", "period": "2024", "campaignId": "%s-NOWHERE"}"""
                .formatted(p, p)), 404, "REFERENCE_EXISTS", "campaignId");
    }

    @Test
    void decisionsOnACommendationFollowItsStatus() {
        district();
        String id = p + "-KT";
        created(api().post("/api/commendations", """
                {"id": "%s", "title": "GIAY_KHEN", "recipientId": "%s-HUONG", "period": "2024"}""".formatted(id, p)));
        long proposed = eventCount();
        assertRefused(proposed, api().post("/api/commendations/" + id + "/revoke", "{\"reason\": \"Sai\"}"),
                409, "COMMENDATION_REVOKE_APPROVED_ONLY", null);
        created(api().post("/api/commendations/" + id + "/approve", """
                {"decisionNo": "12/QĐ-UBND", "decidedOn": "2025-01-10"}"""));
        long approved = eventCount();
        assertRefused(approved, api().post("/api/commendations/" + id + "/approve", """
                {"decisionNo": "13/QĐ-UBND", "decidedOn": "2025-01-11"}"""), 409, "COMMENDATION_APPROVED_ONCE", null);
        assertRefused(approved, api().post("/api/commendations/" + id + "/reject", "{\"reason\": \"Sai\"}"),
                409, "COMMENDATION_REJECT_PROPOSED_ONLY", null);
        created(api().post("/api/commendations/" + id + "/revoke", "{\"reason\": \"Vi phạm được xác nhận\"}"));
        long revoked = eventCount();
        assertRefused(revoked, api().post("/api/commendations/" + id + "/revoke", "{\"reason\": \"Lần nữa\"}"),
                409, "COMMENDATION_FINAL", null);
        assertRefused(revoked, api().post("/api/commendations/" + id + "/approve", """
                {"decisionNo": "14/QĐ-UBND"}"""), 400, "INPUT_VALID", "decidedOn");
        assertRefused(revoked, api().post("/api/commendations/" + p + "-NONE/reject", "{\"reason\": \"Sai\"}"),
                404, "REFERENCE_EXISTS", "id");
    }

    // --- reviews ---

    @Test
    void reviewsHeldUnderACampaignAppearInItsTrail() {
        district();
        String midTerm = created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2024-12-20", "summary": "Sơ kết 1 năm; 98% CBCCVC đã ký cam kết"}"""))
                .json().get("id").asText();
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "FINAL", "heldOn": "2026-03-15", "summary": "Tổng kết Cuộc vận động"}"""));

        JsonNode review = trail("reviews", midTerm);
        assertThat(types(review)).containsExactly("ReviewHeld");
        assertThat(review.get(0).get("occurredOn").asText()).isEqualTo("2024-12-20");
        // the review seals the head of the event chain it was held at (IntegrityIT checks which head)
        assertThat(review.get(0).get("data").get("chainHead").asText()).matches("\\d+:[0-9a-f]{64}");
        assertThat(types(trail("campaigns", p + "-NKTC"))).containsExactly("CampaignLaunched", "ReviewHeld", "ReviewHeld");
    }

    @Test
    void campaignHoldsOneFinalReviewWithinItsTimeFrameAndSixMonthsAfter() {
        district();
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "FINAL", "heldOn": "2025-12-15"}"""));
        long before = eventCount();
        assertRefused(before, api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "FINAL", "heldOn": "2025-12-20"}"""), 409, "REVIEW_FINAL_ONCE", "kind");
        assertRefused(before, api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2026-07-01"}"""), 400, "REVIEW_WITHIN_CAMPAIGN", "heldOn");
        assertRefused(before, api().post("/api/campaigns/" + p + "-NOWHERE/reviews", """
                {"kind": "MID_TERM", "heldOn": "2024-12-20"}"""), 404, "REFERENCE_EXISTS", "campaignId");
        assertRefused(before, api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "ANNUAL", "heldOn": "2024-12-20"}"""), 400, "INPUT_VALID", "kind");
        assertRefused(before, api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2025-12-16"}"""), 409, "REVIEW_MID_TERM_BEFORE_FINAL", "heldOn");
        // a mid-term review recorded after the final one, held before it
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2025-06-30"}"""));
    }

    @Test
    void finalReviewIsNotHeldBeforeAMidTermOne() {
        district();
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2025-06-30"}"""));
        long before = eventCount();
        assertRefused(before, api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "FINAL", "heldOn": "2025-06-29"}"""), 409, "REVIEW_FINAL_AFTER_MID_TERM", "heldOn");
        created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "FINAL", "heldOn": "2025-12-15"}"""));
    }

    // --- reports and their deadlines ---

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    private long scheduledAt(Instant... times) {
        long count = 0;
        for (Instant time : times) {
            count += jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?")
                    .param(Timestamp.from(time)).query(Long.class).single();
        }
        return count;
    }

    @Test
    void reportOfAPastYearFallsOverdueWithinSecondsAndMayStillBeSubmittedLate() throws InterruptedException {
        district();
        String id = created(api().post("/api/reports", """
                {"unitId": "%s-PNV", "kind": "SIX_MONTHLY", "year": 2024, "campaignId": "%s-NKTC"}""".formatted(p, p)))
                .json().get("id").asText();

        JsonNode entries = trail("reports", id);
        for (int i = 0; i < 100 && !types(entries).contains("ReportOverdue"); i++) {
            Thread.sleep(100);
            entries = trail("reports", id);
        }
        assertThat(types(entries)).as("no reminder for a report registered after its due date")
                .containsExactly("ReportRequired", "ReportOverdue");
        assertThat(entries.get(0).get("data").get("dueBefore").asText()).isEqualTo("2024-06-10");
        assertThat(entries.get(0).get("period").asText()).isEqualTo("2024-H1");
        assertThat(entries.get(1).get("actor").asText()).isEqualTo("system");
        assertThat(types(trail("units", p + "-PNV"))).containsSubsequence("ReportRequired", "ReportOverdue");

        created(api().post("/api/reports/" + id + "/submit", """
                {"submittedOn": "2024-06-25", "documentRef": "Báo cáo số 152/BC-UBND"}"""));
        JsonNode submitted = trail("reports", id).get(2);
        assertThat(submitted.get("type").asText()).isEqualTo("ReportSubmitted");
        assertThat(submitted.get("data").get("onTime").asBoolean()).isFalse();
    }

    @Test
    void reportSubmittedTodayIsOnTimeBeforeItsDueDateAndLeavesNoDeadlineBehind() throws InterruptedException {
        district();
        LocalDate today = LocalDate.now(VIETNAM);
        // a report is submitted on a day already come: this year's, of the kind whose due date is nearest ahead
        LocalDate dueDate = today.isBefore(LocalDate.of(today.getYear(), 6, 10))
                ? LocalDate.of(today.getYear(), 6, 10) : LocalDate.of(today.getYear(), 11, 30);
        String kind = dueDate.getMonthValue() == 6 ? "SIX_MONTHLY" : "YEARLY";
        Instant due = startOf(dueDate);
        Instant reminder = startOf(dueDate.minusDays(7));
        long scheduledBefore = scheduledAt(reminder, due);
        String id = p + "-BC";
        created(api().post("/api/reports", """
                {"id": "%s", "unitId": "%s-PNV", "kind": "%s", "year": %d}""".formatted(id, p, kind, today.getYear())));
        if (today.isBefore(dueDate.minusDays(7))) {
            assertThat(scheduledAt(reminder, due)).isEqualTo(scheduledBefore + 2);
        }

        long before = eventCount();
        assertRefused(before, api().post("/api/reports/" + id + "/submit", """
                {"submittedOn": "%s"}""".formatted(today.plusDays(1))), 400, "REPORT_SUBMISSION_DATE_NOT_IN_FUTURE",
                "submittedOn");
        created(api().post("/api/reports/" + id + "/submit", """
                {"submittedOn": "%s", "documentRef": "Báo cáo số 88/BC-PNV"}""".formatted(today)));
        // a notice already due may fire before the submission cancels it; either way none is left waiting
        for (int i = 0; i < 100 && scheduledAt(reminder, due) > scheduledBefore; i++) {
            Thread.sleep(100);
        }
        assertThat(scheduledAt(reminder, due)).isEqualTo(scheduledBefore);

        JsonNode entries = trail("reports", id);
        JsonNode submitted = entries.get(entries.size() - 1);
        assertThat(types(entries)).startsWith("ReportRequired").endsWith("ReportSubmitted");
        assertThat(submitted.get("data").get("onTime").asBoolean()).isEqualTo(today.isBefore(dueDate));
        assertThat(submitted.get("data").get("submittedOn").asText()).isEqualTo(today.toString());
        assertThat(submitted.get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void reportIsSubmittedOnceAndOnlyForExistingUnitsAndReports() throws InterruptedException {
        district();
        LocalDate today = LocalDate.now(VIETNAM);
        int year = today.getYear();
        Instant due = startOf(LocalDate.of(year, 11, 30));
        Instant reminder = startOf(LocalDate.of(year, 11, 23));
        long scheduledBefore = scheduledAt(reminder, due);
        String id = p + "-BC";
        created(api().post("/api/reports", """
                {"id": "%s", "unitId": "%s-PNV", "kind": "YEARLY", "year": %d}""".formatted(id, p, year)));
        created(api().post("/api/reports/" + id + "/submit", "{\"submittedOn\": \"%s\"}".formatted(today)));
        // a notice already due may fire before the submission cancels it: counted before the refusals, not during
        for (int i = 0; i < 100 && scheduledAt(reminder, due) > scheduledBefore; i++) {
            Thread.sleep(100);
        }
        long before = eventCount();
        assertRefused(before, api().post("/api/reports/" + id + "/submit", "{\"submittedOn\": \"%s\"}"
                .formatted(today)), 409, "REPORT_SUBMITTED_ONCE", null);
        assertRefused(before, api().post("/api/reports/" + p + "-NONE/submit", "{\"submittedOn\": \"2024-06-01\"}"),
                404, "REFERENCE_EXISTS", "id");
        assertRefused(before, api().post("/api/reports", """
                {"unitId": "%s-NOWHERE", "kind": "YEARLY", "year": 2024}""".formatted(p)), 404, "REFERENCE_EXISTS", "unitId");
        assertRefused(before, api().post("/api/reports", """
                {"unitId": "%s-PNV", "kind": "YEARLY", "year": 1990}""".formatted(p)), 400, "REPORT_YEAR_VALID", "year");
        assertRefused(before, api().post("/api/reports", """
                {"unitId": "%s-PNV", "kind": "QUARTERLY", "year": 2024}""".formatted(p)), 400, "INPUT_VALID", "kind");
        assertRefused(before, api().post("/api/reports", """
                {"id": "%s-BC2", "unitId": "%s-PNV", "kind": "YEARLY", "year": %d}""".formatted(p, p, year)),
                409, "REPORT_REQUIRED_ONCE", "year");
        // the same unit's report of the same year under a campaign is another report
        created(api().post("/api/campaigns", """
                {"id": "%s-VHCS", "title": "Văn hóa công sở", "kind": "EMULATION", "scopeUnitId": "%s-LB",
                 "from": "%d-01-01", "to": "%d-12-31"}""".formatted(p, p, year, year)));
        created(api().post("/api/reports", """
                {"unitId": "%s-PNV", "kind": "YEARLY", "year": %d, "campaignId": "%s-VHCS"}""".formatted(p, year, p)));
        // a report on a campaign is owed for the campaign's years only
        assertRefused(eventCount(), api().post("/api/reports", """
                {"unitId": "%s-PNV", "kind": "YEARLY", "year": 2019, "campaignId": "%s-NKTC"}""".formatted(p, p)),
                409, "REPORT_YEAR_IN_CAMPAIGN", "year");
    }
}
