package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Yearly classifications under Decree 90/48 and title eligibility under both laws, over HTTP, on one history:
 * a team whose members did well, one newcomer (four months, so not classified) who was given a warning
 * (cảnh cáo) — which the 2013 law holds against the team and the 2022 law does not.
 */
class EligibilityIT extends NodeIT {

    // one history for all the tests of this class: building it takes a hundred requests
    private static String p;

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }

    private void person(String id, String unit, String name) {
        ok(api().post("/api/persons", """
                {"id": "%s-%s", "unitId": "%s-%s", "fullName": "%s", "category": "CONG_CHUC"}"""
                .formatted(p, id, p, unit, name)));
    }

    private void months(String person, int from, int to, int tasks) {
        for (int m = from; m <= to; m++) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-%s", "period": "2024-%02d", "criteriaSet": "VN.HN-3814",
                     "scores": {"DISCIPLINE": 20, "TASKS": %d}}""".formatted(p, person, m, tasks)));
        }
    }

    private void sanction(String person, String form, String occurredOn, String decidedOn) {
        String id = ok(api().post("/api/violations", """
                {"subjectId": "%s-%s", "ruleCode": "NK-2", "occurredOn": "%s", "source": "SUPERVISOR"}"""
                .formatted(p, person, occurredOn))).json().get("id").asText();
        ok(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        ok(api().post("/api/violations/" + id + "/sanctions", """
                {"form": "%s", "decidedOn": "%s", "decisionNo": "01/QĐ-KL"}""".formatted(form, decidedOn)));
    }

    @BeforeEach
    void history() {
        if (p != null) {
            return;
        }
        p = "e" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/units", "{\"id\": \"" + p + "-TEAM\", \"name\": \"Phòng Tư pháp\", \"kind\": \"DIVISION\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-OTHER\", \"name\": \"Phòng Y tế\", \"kind\": \"DIVISION\"}"));
        person("P1", "TEAM", "Đặng Thị Ngọc Ánh");
        person("P2", "TEAM", "Ngô Văn Khải");
        person("P3", "TEAM", "Bùi Quang Huy");
        person("NEW", "TEAM", "Lý Văn Mới");
        person("D1", "OTHER", "Hoàng Văn Kỷ");
        months("P1", 1, 12, 70);  // 90 each month
        months("P2", 1, 12, 60);  // 80
        months("P3", 1, 12, 58);  // 78
        months("NEW", 9, 12, 60); // four months only
        months("D1", 1, 12, 70);
        sanction("NEW", "CANH_CAO", "2024-09-20", "2024-11-05");
        sanction("D1", "KHIEN_TRACH", "2024-03-01", "2024-06-10");
        excellentUnitYear("TEAM", "P1");
    }

    /** The unit's twelve months at the top band with its citizens satisfied, and {@code fighter} its Chiến sĩ. */
    private void excellentUnitYear(String unit, String fighter) {
        for (int m = 1; m <= 12; m++) {
            ok(api().post("/api/evaluations/units", """
                    {"unitId": "%s-%s", "period": "2024-%02d", "criteriaSet": "VN.VHCS-DV",
                     "scores": {"GENERAL": 30, "ADMIN_REFORM": 29, "CIVILISED_OFFICE": 20}}""".formatted(p, unit, m)));
        }
        ok(api().post("/api/surveys", """
                {"unitId": "%s-%s", "period": "2024", "respondents": 400, "satisfied": 390}""".formatted(p, unit)));
        String id = ok(api().post("/api/commendations", """
                {"title": "CHIEN_SI_THI_DUA_CO_SO", "recipientId": "%s-%s", "period": "2024", "reason": "Tiêu biểu"}"""
                .formatted(p, fighter))).json().get("id").asText();
        ok(api().post("/api/commendations/" + id + "/approve",
                "{\"decisionNo\": \"05/QĐ-UBND\", \"decidedOn\": \"2025-01-10\"}"));
    }

    private JsonNode row(JsonNode rows, String person) {
        for (JsonNode row : rows) {
            if (row.get("personId").asText().equals(p + "-" + person)) {
                return row;
            }
        }
        throw new AssertionError(person + " not in " + rows);
    }

    @Test
    void yearlyLevelsFollowDecree90And48() {
        Api.Response team = ok(api().get("/api/classifications?unit=" + p + "-TEAM&period=2024"));
        JsonNode rows = team.json().get("rows");
        assertThat(row(rows, "P1").get("level").asText()).as(rows.toString()).isEqualTo("HTXSNV");
        assertThat(row(rows, "P2").get("level").asText()).isEqualTo("HTTNV");
        assertThat(row(rows, "NEW").get("level").asText()).isEqualTo("NOT_CLASSIFIED");
        assertThat(row(rows, "NEW").get("adjustedBy")).extracting(JsonNode::asText)
                .containsExactly("WORKED_UNDER_6_MONTHS");
        JsonNode disciplined = row(ok(api().get("/api/classifications?unit=" + p + "-OTHER&period=2024")).json()
                .get("rows"), "D1");
        // the violation takes its 5 points off the year, as off a quarter, not a twelfth of them off March's:
        // 90 − 5 = 85, HTTNV by score, KHTNV by the decree
        assertThat(disciplined.get("score").decimalValue()).isEqualByComparingTo("85");
        assertThat(disciplined.get("penalty").decimalValue()).isEqualByComparingTo("5");
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-OTHER&period=2024-Q1")).json().get("rows")
                .get(0).get("score").decimalValue()).isEqualByComparingTo("85");
        assertThat(disciplined.get("levelByScore").asText()).isEqualTo("HTTNV");
        assertThat(disciplined.get("level").asText()).isEqualTo("KHTNV");
        assertThat(disciplined.get("adjustedBy")).extracting(JsonNode::asText).containsExactly("DISCIPLINED_IN_YEAR");
    }

    @Test
    void theSameTeamIsExcellentUnderThe2022LawButNotUnderThe2013Law() {
        // the team is scored under VHCS-DV; named, because other tests on this node publish unit sets for 2024
        JsonNode newLaw = ok(api().get("/api/eligibility?unit=" + p + "-TEAM&year=2024&law=LAW_2022"
                + "&unitCriteriaSet=VN.VHCS-DV")).json();
        assertThat(newLaw.get("eligible").asBoolean()).as(newLaw.toString()).isTrue();
        assertThat(newLaw.get("title").asText()).isEqualTo("TAP_THE_LAO_DONG_XUAT_SAC");
        JsonNode oldLaw = ok(api().get("/api/eligibility?unit=" + p + "-TEAM&year=2024&law=LAW_2013"
                + "&unitCriteriaSet=VN.VHCS-DV")).json();
        assertThat(oldLaw.get("eligible").asBoolean()).isFalse();
        assertThat(oldLaw.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("MEMBER_DISCIPLINED_CANH_CAO_OR_ABOVE");
    }

    @Test
    void advancedWorkerNeedsHttnvAndEveryFailureIsExplained() {
        assertThat(ok(api().get("/api/eligibility?person=" + p + "-P2&year=2024")).json().get("eligible").asBoolean())
                .isTrue();
        JsonNode newcomer = ok(api().get("/api/eligibility?person=" + p + "-NEW&year=2024")).json();
        assertThat(newcomer.get("eligible").asBoolean()).isFalse();
        assertThat(newcomer.get("reasons").get(0).get("code").asText()).isEqualTo("NOT_CLASSIFIED");
        JsonNode disciplined = ok(api().get("/api/eligibility?person=" + p + "-D1&year=2024")).json();
        assertThat(disciplined.get("reasons").get(0).get("code").asText()).isEqualTo("LEVEL_BELOW_HTTNV");
        // the violation confirmed in the year bars the title on its own, as approval would refuse it
        assertThat(disciplined.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("LEVEL_BELOW_HTTNV", "CONFIRMED_VIOLATION_IN_YEAR");
        JsonNode yearAfter = ok(api().get("/api/eligibility?person=" + p + "-D1&year=2025")).json();
        assertThat(yearAfter.get("reasons")).extracting(r -> r.get("code").asText())
                .doesNotContain("CONFIRMED_VIOLATION_IN_YEAR");
        assertThat(api().get("/api/eligibility?person=" + p + "-P2&year=2024&law=LAW_1999").status()).isEqualTo(400);
        assertThat(api().get("/api/eligibility?person=" + p + "-NOBODY&year=2024").status()).isEqualTo(404);
        assertThat(api().get("/api/eligibility?year=2024").status()).isEqualTo(400);
        // the dossier's file names the titles in Vietnamese
        assertThat(api().download("/api/dossiers?unit=" + p + "-TEAM&period=2024&format=csv").text())
                .contains("Chiến sĩ thi đua cơ sở");
    }

    @Test
    void monthsOnMaternityLeaveAreNotMissingMonths() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-TS\", \"name\": \"Phòng Văn hóa\", \"kind\": \"DIVISION\"}"));
        person("MOM", "TS", "Lê Thị Thu");
        months("MOM", 1, 2, 70);
        months("MOM", 10, 12, 70); // five months evaluated, 90 each
        String query = "/api/classifications?unit=" + p + "-TS&period=2024";
        JsonNode before = ok(api().get(query)).json().get("rows").get(0);
        assertThat(before.get("level").asText()).isEqualTo("NOT_CLASSIFIED");

        ok(api().post("/api/persons/" + p + "-MOM/leaves", """
                {"kind": "MATERNITY", "from": "2024-03-01", "to": "2024-09-30", "note": "Sinh con thứ nhất"}"""));
        JsonNode after = ok(api().get(query)).json().get("rows").get(0);
        assertThat(after.get("level").asText()).isEqualTo("HTXSNV");
        assertThat(after.get("monthsEvaluated").asInt()).isEqualTo(5);
        assertThat(after.get("adjustedBy")).extracting(JsonNode::asText).contains("MATERNITY_LEAVE_EXCEPTED");
        assertThat(api().post("/api/persons/" + p + "-MOM/leaves", """
                {"kind": "MATERNITY", "from": "2024-09-01", "to": "2024-10-31"}""").status()).isEqualTo(409);
    }

    @Test
    void monthsBeforeARecruitsFirstDayAreNoAbsence() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-RC\", \"name\": \"Phòng Nội vụ\", \"kind\": \"DIVISION\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-RECRUIT", "unitId": "%s-RC", "fullName": "Phan Thị Tuyển", "category": "CONG_CHUC",
                 "joinedOn": "2024-04-01"}""".formatted(p, p)));
        // the registration is dated by the first day of service, so the trail of that month shows it
        JsonNode joined = ok(api().get("/api/audit/persons/" + p + "-RECRUIT?period=2024-04")).json().get("entries");
        assertThat(joined).extracting(e -> e.get("type").asText()).containsExactly("PersonRegistered");
        assertThat(joined.get(0).get("occurredOn").asText()).isEqualTo("2024-04-01");
        months("RECRUIT", 4, 12, 70); // nine months, 90 each: every month of service
        JsonNode recruit = ok(api().get("/api/classifications?unit=" + p + "-RC&period=2024")).json().get("rows").get(0);
        assertThat(recruit.get("monthsEvaluated").asInt()).isEqualTo(9);
        assertThat(recruit.get("level").asText()).as(recruit.toString()).isEqualTo("HTXSNV");
        assertThat(recruit.get("adjustedBy")).isEmpty();
        assertThat(ok(api().get("/api/eligibility?person=" + p + "-RECRUIT&year=2024")).json().get("eligible")
                .asBoolean()).isTrue();
    }

    @Test
    void aRecruitOfTheTwentiethOfJulyHasNotServedSixMonthsThoughSixMonthsWereEvaluated() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-RJ\", \"name\": \"Phòng Nội vụ\", \"kind\": \"DIVISION\"}"));
        ok(api().post("/api/persons", """
                {"id": "%s-JULY", "unitId": "%s-RJ", "fullName": "Trịnh Văn Bảy", "category": "CONG_CHUC",
                 "joinedOn": "2024-07-20"}""".formatted(p, p)));
        months("JULY", 7, 12, 70);
        JsonNode recruit = ok(api().get("/api/classifications?unit=" + p + "-RJ&period=2024")).json().get("rows")
                .get(0);
        assertThat(recruit.get("monthsEvaluated").asInt()).isEqualTo(6);
        assertThat(recruit.get("level").asText()).as(recruit.toString()).isEqualTo("NOT_CLASSIFIED");
        assertThat(recruit.get("adjustedBy")).extracting(JsonNode::asText).containsExactly("WORKED_UNDER_6_MONTHS");
    }

    @Test
    void aViolationCostsTheYearWhatItsOwnMonthsSetCharges() {
        String set = """
                {"id": "%s-PEN", "version": %d, "subject": "PERSON", "effectiveFrom": "%s",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 80}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                           {"level": "D", "min": 0}],
                 "violationPenalty": [{"rulePrefix": "NK-", "points": %d}]}""";
        ok(api().post("/api/criteria-sets", set.formatted(p, 1, "2020-01-01", 5)));
        ok(api().post("/api/criteria-sets", set.formatted(p, 2, "2024-07-01", 10)));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-PU\", \"name\": \"Phòng Kinh tế\", \"kind\": \"DIVISION\"}"));
        person("PEN", "PU", "Lã Văn Phạt");
        for (int m = 1; m <= 12; m++) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-PEN", "period": "2024-%02d", "criteriaSet": "%s-PEN",
                     "scores": {"DISCIPLINE": 20, "TASKS": 70}}""".formatted(p, m, p)));
        }
        String id = ok(api().post("/api/violations", """
                {"subjectId": "%s-PEN", "ruleCode": "NK-1", "occurredOn": "2024-03-04", "source": "SUPERVISOR"}"""
                .formatted(p))).json().get("id").asText();
        ok(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        JsonNode year = ok(api().get("/api/classifications?unit=" + p + "-PU&period=2024")).json().get("rows").get(0);
        // March was under version 1, which charges 5: the year too, though December's version charges 10
        assertThat(year.get("penalty").decimalValue()).as(year.toString()).isEqualByComparingTo("5");
        assertThat(year.get("score").decimalValue()).isEqualByComparingTo("85");
    }

    @Test
    void eachPersonsYearIsLeveledUnderTheSetTheyWereScoredUnder() {
        String set = """
                {"id": "%s-%s", "version": 1, "subject": "PERSON", "effectiveFrom": "2020-01-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 80}],
                 "bands": [{"level": "A", "min": %d}, {"level": "B", "min": %d}, {"level": "C", "min": %d},
                           {"level": "D", "min": 0}]}""";
        ok(api().post("/api/criteria-sets", set.formatted(p, "STRICT", 90, 70, 50)));
        ok(api().post("/api/criteria-sets", set.formatted(p, "LENIENT", 60, 40, 20)));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-SETS\", \"name\": \"Phòng Tài chính\", \"kind\": \"DIVISION\"}"));
        person("STRICT", "SETS", "Vũ Văn Nghiêm");
        person("LENIENT1", "SETS", "Đỗ Thị Dễ");
        person("LENIENT2", "SETS", "Mai Văn Dễ");
        for (int m = 1; m <= 12; m++) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-STRICT", "period": "2024-%02d", "criteriaSet": "%s-STRICT",
                     "scores": {"DISCIPLINE": 10, "TASKS": 30}}""".formatted(p, m, p)));
        }
        // the unit's last month is mostly under the lenient set, where 40 points would be B
        for (String person : new String[] {"LENIENT1", "LENIENT2"}) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-%s", "period": "2024-12", "criteriaSet": "%s-LENIENT",
                     "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p, person, p)));
        }
        JsonNode year = ok(api().get("/api/classifications?unit=" + p + "-SETS&period=2024")).json();
        JsonNode strict = row(year.get("rows"), "STRICT");
        assertThat(strict.get("level").asText()).as(year.toString()).isEqualTo("KHTNV");
        assertThat(strict.get("criteriaSet").asText()).isEqualTo(p + "-STRICT@1");
        assertThat(year.get("criteriaSets")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(p + "-STRICT@1", p + "-LENIENT@1");
        JsonNode eligibility = ok(api().get("/api/eligibility?person=" + p + "-STRICT&year=2024")).json();
        assertThat(eligibility.get("eligible").asBoolean()).isFalse();
        assertThat(eligibility.get("criteriaSet").asText()).isEqualTo(p + "-STRICT@1");
    }

    @Test
    void aViewIsIndicativeWhenAnyOfItsRowsRestsOnAnUnconfirmedSet() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-UC\", \"name\": \"Phòng Kinh tế\", \"kind\": \"DIVISION\"}"));
        person("UC1", "UC", "Trần Văn Một");
        person("UC2", "UC", "Trần Văn Hai");
        person("UC3", "UC", "Trần Văn Ba");
        ok(api().post("/api/criteria-sets", """
                {"id": "%s-CONF", "version": 1, "subject": "PERSON", "effectiveFrom": "2020-01-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                           {"level": "D", "min": 0}]}""".formatted(p)));
        for (String person : new String[] {"UC1", "UC2"}) {
            for (int m = 1; m <= 12; m++) {
                ok(api().post("/api/evaluations/persons", """
                        {"personId": "%s-%s", "period": "2024-%02d", "criteriaSet": "%s-CONF",
                         "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p, person, m, p)));
            }
        }
        // the software-era set, whose point split no source confirms, for one person's December
        ok(api().post("/api/evaluations/persons", """
                {"personId": "%s-UC3", "period": "2024-12", "criteriaSet": "VN.HN-1841",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60, "BONUS": 5}}""".formatted(p)));
        for (String period : new String[] {"2024-12", "2024-Q4", "2024"}) {
            JsonNode view = ok(api().get("/api/classifications?unit=" + p + "-UC&period=" + period)).json();
            assertThat(view.get("criteriaSet").asText()).as(period).startsWith(p + "-CONF");
            assertThat(view.get("criteriaSetUnconfirmed").asBoolean()).as(view.toString()).isTrue();
        }
    }

    @Test
    void membersBarredFromLaoDongTienTienByAViolationDoNotCountTowardsAnExcellentTeam() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-EX\", \"name\": \"Phòng Giáo dục\", \"kind\": \"DIVISION\"}"));
        for (String member : new String[] {"EX1", "EX2", "EX3"}) {
            person(member, "EX", "Hoàng Văn " + member);
            months(member, 1, 12, 60); // 80 each month: HTTNV
        }
        excellentUnitYear("EX", "EX1");
        String query = "/api/eligibility?unit=" + p + "-EX&year=2024&law=LAW_2022&unitCriteriaSet=VN.VHCS-DV";
        assertThat(ok(api().get(query)).json().get("eligible").asBoolean()).isTrue();
        // two of three members' own confirmed violations of the year bar them from Lao động tiên tiến: 1 of 3
        for (String member : new String[] {"EX2", "EX3"}) {
            String id = ok(api().post("/api/violations", """
                    {"subjectId": "%s-%s", "ruleCode": "NK-2", "occurredOn": "2024-04-04", "source": "SUPERVISOR"}"""
                    .formatted(p, member))).json().get("id").asText();
            ok(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        }
        JsonNode team = ok(api().get(query)).json();
        assertThat(team.get("eligible").asBoolean()).as(team.toString()).isFalse();
        assertThat(team.get("reasons")).extracting(r -> r.get("code").asText())
                .contains("ADVANCED_WORKERS_UNDER_70_PERCENT");
    }

    @Test
    void aTransferMidYearIsNotAnAbsence() {
        person("MOVES", "OTHER", "Trịnh Thị Xuân");
        ok(api().post("/api/persons/" + p + "-MOVES/transfers", """
                {"toUnitId": "%s-TEAM", "effectiveOn": "2024-07-01"}""".formatted(p)));
        for (int m = 1; m <= 12; m++) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-MOVES", "period": "2024-%02d", "criteriaSet": "VN.HN-3814",
                     "scores": {"DISCIPLINE": 20, "TASKS": 65}}""".formatted(p, m)));
        }
        JsonNode team = ok(api().get("/api/classifications?unit=" + p + "-TEAM&period=2024")).json();
        JsonNode moved = null;
        for (JsonNode row : team.get("rows")) {
            if (row.get("personId").asText().equals(p + "-MOVES")) {
                moved = row;
            }
        }
        assertThat(moved).as(team.toString()).isNotNull();
        assertThat(moved.get("monthsEvaluated").asInt()).isEqualTo(12);
        assertThat(moved.get("level").asText()).isEqualTo("HTTNV");
        assertThat(moved.get("adjustedBy")).isEmpty();
        // listed once: in the unit of the year's last months, not also where the year began
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-OTHER&period=2024")).json().get("rows"))
                .noneSatisfy(row -> assertThat(row.get("personId").asText()).isEqualTo(p + "-MOVES"));
        JsonNode eligibility = ok(api().get("/api/eligibility?person=" + p + "-MOVES&year=2024")).json();
        assertThat(eligibility.get("eligible").asBoolean()).isTrue();
    }

    @Test
    void aYearBelongsToTheUnitThePersonWorksInAtItsEndThoughThatUnitEvaluatedNoMonthOfIt() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-FROM\", \"name\": \"Phòng Cũ\", \"kind\": \"DIVISION\"}"));
        ok(api().post("/api/units", "{\"id\": \"" + p + "-TO\", \"name\": \"Phòng Mới\", \"kind\": \"DIVISION\"}"));
        person("LEFT", "FROM", "Hà Văn Chuyển");
        months("LEFT", 1, 6, 70);
        ok(api().post("/api/persons/" + p + "-LEFT/transfers", """
                {"toUnitId": "%s-TO", "effectiveOn": "2024-07-01"}""".formatted(p)));
        JsonNode to = ok(api().get("/api/classifications?unit=" + p + "-TO&period=2024")).json().get("rows");
        assertThat(to).as(to.toString()).extracting(r -> r.get("personId").asText()).containsExactly(p + "-LEFT");
        assertThat(to.get(0).get("monthsEvaluated").asInt()).isEqualTo(6);
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-FROM&period=2024")).json().get("rows"))
                .isEmpty();
        // the person's own year is found there too
        assertThat(ok(api().get("/api/eligibility?person=" + p + "-LEFT&year=2024")).json().get("level").asText())
                .isEqualTo(to.get(0).get("level").asText());
    }

    @Test
    void aYearListsThoseOfTheUnitEvaluatedInNoMonthOfItAsNotClassified() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-NE\", \"name\": \"Phòng Văn hóa\", \"kind\": \"DIVISION\"}"));
        person("WORKED", "NE", "Lê Văn Làm");
        ok(api().post("/api/persons", """
                {"id": "%s-UNSEEN", "unitId": "%s-NE", "fullName": "Trần Thị Vắng", "category": "CONG_CHUC",
                 "joinedOn": "2020-03-01"}""".formatted(p, p)));
        // joined only after the year: none of it was theirs
        ok(api().post("/api/persons", """
                {"id": "%s-LATER", "unitId": "%s-NE", "fullName": "Hồ Văn Sau", "category": "CONG_CHUC",
                 "joinedOn": "2025-02-01"}""".formatted(p, p)));
        months("WORKED", 1, 12, 60);
        JsonNode rows = ok(api().get("/api/classifications?unit=" + p + "-NE&period=2024")).json().get("rows");
        assertThat(rows).as(rows.toString()).extracting(r -> r.get("personId").asText())
                .containsExactlyInAnyOrder(p + "-WORKED", p + "-UNSEEN");
        JsonNode unseen = row(rows, "UNSEEN");
        assertThat(unseen.get("fullName").asText()).isEqualTo("Trần Thị Vắng");
        assertThat(unseen.get("monthsEvaluated").asInt()).isZero();
        assertThat(unseen.get("score").isNull()).as(unseen.toString()).isTrue();
        assertThat(unseen.get("level").asText()).isEqualTo("NOT_CLASSIFIED");
        assertThat(unseen.get("adjustedBy")).extracting(JsonNode::asText).containsExactly("WORKED_UNDER_6_MONTHS");
        // the person's own year says the same
        assertThat(ok(api().get("/api/eligibility?person=" + p + "-UNSEEN&year=2024")).json().get("level").asText())
                .isEqualTo("NOT_CLASSIFIED");
        // a year the unit evaluated nobody in lists nobody
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-NE&period=2023")).json().get("rows")).isEmpty();
    }

    private void monthsOf(String person, String set, int year, int tasks) {
        for (int m = 1; m <= 12; m++) {
            ok(api().post("/api/evaluations/persons", """
                    {"personId": "%s-%s", "period": "%d-%02d", "criteriaSet": "%s",
                     "scores": {"DISCIPLINE": 20, "TASKS": %d}}""".formatted(p, person, year, m, set, tasks)));
        }
    }

    private void sanctioned(String person, String rule, String occurredOn, String decidedOn) {
        String id = ok(api().post("/api/violations", """
                {"subjectId": "%s-%s", "ruleCode": "%s", "occurredOn": "%s", "source": "SUPERVISOR"}"""
                .formatted(p, person, rule, occurredOn))).json().get("id").asText();
        ok(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        ok(api().post("/api/violations/" + id + "/sanctions", """
                {"form": "KHIEN_TRACH", "decidedOn": "%s", "decisionNo": "02/QĐ-KL"}""".formatted(decidedOn)));
    }

    /** A person criteria set charging 5 points for an NK violation, none for others; its id. */
    private String penaltySet(String name) {
        String set = p + "-" + name;
        ok(api().post("/api/criteria-sets", """
                {"id": "%s", "version": 1, "subject": "PERSON", "effectiveFrom": "2020-01-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 80}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                           {"level": "D", "min": 0}],
                 "violationPenalty": [{"rulePrefix": "NK-", "points": 5}]}""".formatted(set)));
        return set;
    }

    @Test
    void aViolationFailsTheYearOfItsLateDecisionUnlessItsPointsFailedItsOwnYear() {
        String set = penaltySet("KH");
        ok(api().post("/api/units", "{\"id\": \"" + p + "-KH\", \"name\": \"Phòng Thanh tra\", \"kind\": \"DIVISION\"}"));
        // LATE: 2023 at 52 a month, 47 once its NK violation's 5 points are taken; decided in 2025, two years on
        person("LATE", "KH", "Vũ Văn Muộn");
        monthsOf("LATE", set, 2023, 32);
        monthsOf("LATE", set, 2024, 60);
        monthsOf("LATE", set, 2025, 60);
        sanctioned("LATE", "NK-2", "2023-11-01", "2025-03-01");
        // FREE: 2023 failed by its score alone, its violation's rule costing no points; decided in 2024
        person("FREE", "KH", "Đỗ Thị Riêng");
        monthsOf("FREE", set, 2023, 25);
        monthsOf("FREE", set, 2024, 60);
        sanctioned("FREE", "QTUX-RUOU-BIA", "2023-11-01", "2024-02-01");
        JsonNode y2023 = ok(api().get("/api/classifications?unit=" + p + "-KH&period=2023")).json().get("rows");
        assertThat(row(y2023, "LATE").get("level").asText()).as(y2023.toString()).isEqualTo("KHTNV");
        assertThat(row(y2023, "FREE").get("level").asText()).isEqualTo("KHTNV");
        JsonNode late = row(ok(api().get("/api/classifications?unit=" + p + "-KH&period=2025")).json().get("rows"),
                "LATE");
        assertThat(late.get("level").asText()).as(late.toString()).isEqualTo("HTTNV");
        assertThat(late.get("adjustedBy")).isEmpty();
        JsonNode free = row(ok(api().get("/api/classifications?unit=" + p + "-KH&period=2024")).json().get("rows"),
                "FREE");
        assertThat(free.get("level").asText()).as(free.toString()).isEqualTo("KHTNV");
        assertThat(free.get("adjustedBy")).extracting(JsonNode::asText).containsExactly("DISCIPLINED_IN_YEAR");
    }

    @Test
    void monthsEvaluatedAfterADismissalRecordedLateAreNoMonthsOfTheYear() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-DM\", \"name\": \"Phòng Quản lý đô thị\", \"kind\": \"DIVISION\"}"));
        person("GONE", "DM", "Tạ Văn Đi");
        months("GONE", 1, 12, 70);
        monthsOf("GONE", "VN.HN-3814", 2025, 70);
        // dismissed on 15 October, recorded after the unit had evaluated November and December, and all of 2025
        sanction("GONE", "BUOC_THOI_VIEC", "2024-09-01", "2024-10-15");
        JsonNode gone = row(ok(api().get("/api/classifications?unit=" + p + "-DM&period=2024")).json().get("rows"),
                "GONE");
        assertThat(gone.get("monthsEvaluated").asInt()).as(gone.toString()).isEqualTo(10);
        assertThat(gone.get("level").asText()).isEqualTo("KHTNV");
        // no month of 2025 was one of the service the dismissal ended
        JsonNode after = row(ok(api().get("/api/classifications?unit=" + p + "-DM&period=2025")).json().get("rows"),
                "GONE");
        assertThat(after.get("monthsEvaluated").asInt()).as(after.toString()).isZero();
        assertThat(after.get("level").asText()).isEqualTo("NOT_CLASSIFIED");
        // nor is one in a month's or a quarter's classification: October (begun before) stays, November does not
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-DM&period=2024-11")).json().get("rows"))
                .extracting(r -> r.get("personId").asText()).doesNotContain(p + "-GONE");
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-DM&period=2024-10")).json().get("rows"))
                .extracting(r -> r.get("personId").asText()).contains(p + "-GONE");
        JsonNode quarter = row(ok(api().get("/api/classifications?unit=" + p + "-DM&period=2024-Q4")).json()
                .get("rows"), "GONE");
        assertThat(quarter.get("monthsEvaluated").asInt()).as(quarter.toString()).isEqualTo(1);
    }

    @Test
    void aYearSparedItsLateDecisionIsNoFailingYearBeforeTheNext() {
        String set = penaltySet("KS");
        ok(api().post("/api/units", "{\"id\": \"" + p + "-KS\", \"name\": \"Phòng Tài chính\", \"kind\": \"DIVISION\"}"));
        // 2023 failed by a score that lost its NK violation's points; the decision, in 2024, spares 2024
        person("SPARED", "KS", "Mai Văn Tha");
        monthsOf("SPARED", set, 2023, 32);
        monthsOf("SPARED", set, 2024, 60);
        monthsOf("SPARED", set, 2025, 20);
        sanctioned("SPARED", "NK-2", "2023-11-01", "2024-03-01");
        JsonNode y2024 = row(ok(api().get("/api/classifications?unit=" + p + "-KS&period=2024")).json().get("rows"),
                "SPARED");
        assertThat(y2024.get("level").asText()).as(y2024.toString()).isEqualTo("HTTNV");
        // 2025 fails by its score, after a 2024 that did not fail: no two failing years in a row
        JsonNode y2025 = row(ok(api().get("/api/classifications?unit=" + p + "-KS&period=2025")).json().get("rows"),
                "SPARED");
        assertThat(y2025.get("level").asText()).as(y2025.toString()).isEqualTo("KHTNV");
        assertThat(y2025.get("dismissalFlag").asBoolean()).isFalse();
    }

    @Test
    void aSetAdoptedFromTheYearsFirstDayAnswersTheYearByItsNameThoughTheYearBeforeWasEvaluatedUnderAnother() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-AD\", \"name\": \"Phòng Giáo dục\", \"kind\": \"DIVISION\"}"));
        person("ADOPT", "AD", "Phí Văn Mới");
        monthsOf("ADOPT", "VN.HN-3814", 2023, 60);
        monthsOf("ADOPT", "VN.HN-3814", 2024, 60);
        ok(api().post("/api/criteria-sets", """
                {"id": "%s-Y24", "version": 1, "subject": "PERSON", "effectiveFrom": "2024-01-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                           {"level": "D", "min": 0}]}""".formatted(p)));
        Api.Response year = api().get("/api/classifications?unit=" + p + "-AD&period=2024&criteriaSet=" + p + "-Y24");
        assertThat(year.status()).as(year.toString()).isEqualTo(200);
        assertThat(row(year.json().get("rows"), "ADOPT").get("criteriaSet").asText()).isEqualTo(p + "-Y24@1");
        Api.Response eligibility = api().get("/api/eligibility?person=" + p + "-ADOPT&year=2024&criteriaSet=" + p
                + "-Y24");
        assertThat(eligibility.status()).as(eligibility.toString()).isEqualTo(200);
        // the year before it was in force is still refused by that name
        assertThat(api().get("/api/classifications?unit=" + p + "-AD&period=2023&criteriaSet=" + p + "-Y24")
                .status()).isEqualTo(404);
    }

    @Test
    void from2026CivilServantsAreClassifiedUnderDecree335WithAtMostAFifthOfHttAsHtxs() {
        ok(api().post("/api/units", "{\"id\": \"" + p + "-ND\", \"name\": \"Phòng Kinh tế\", \"kind\": \"DIVISION\"}"));
        int[] tasks = {65, 65, 65, 65, 65, 50, 50, 50, 50, 50, 50, 50, 50};
        for (int i = 0; i < tasks.length; i++) {
            person("N" + i, "ND", "Công chức " + i);
            for (int m = 1; m <= 11; m++) {
                ok(api().post("/api/evaluations/persons", """
                        {"personId": "%s-N%d", "period": "2026-%02d", "criteriaSet": "VN.ND-335",
                         "scores": {"GENERAL": 30, "TASKS": %d}}""".formatted(p, i, m, tasks[i])));
            }
        }
        JsonNode year = ok(api().get("/api/classifications?unit=" + p + "-ND&period=2026")).json();
        assertThat(year.get("basis").asText()).isEqualTo("DECREE_335_2025");
        assertThat(year.get("rows")).allSatisfy(r -> assertThat(r.get("basis").asText()).isEqualTo("DECREE_335_2025"));
        // 5 at 95 and 8 at 80: 2 keep HTXS, as 2 ≤ ⌊20% × (8 + 3 demoted) rated HTT⌋
        assertThat(year.get("rows")).filteredOn(r -> r.get("level").asText().equals("HTXSNV")).hasSize(2);
        assertThat(year.get("quota").get("base").asText()).isEqualTo("LEVEL:HTTNV");
        assertThat(year.get("quota").get("maxShare").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(year.get("rows")).filteredOn(r -> r.get("adjustedBy").toString().contains("QUOTA")).hasSize(3);
    }
}
