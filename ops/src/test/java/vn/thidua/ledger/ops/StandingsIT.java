package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Standings over HTTP: rankings of a cluster under a criteria version, classifications, eligibility under both
 * laws, what-if, reproduction with asOf, and the live stream.
 */
class StandingsIT extends NodeIT {

    private String p;

    private Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }

    @BeforeEach
    void cluster() {
        p = "s" + UUID.randomUUID().toString().substring(0, 8);
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        for (String ward : new String[] {"BD", "NL", "GT"}) {
            created(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Phường %s", "kind": "COMMUNE", "parentId": "%s-LB"}"""
                    .formatted(p, ward, ward, p)));
        }
        created(api().post("/api/clusters", """
                {"id": "%s-CUM", "name": "Cụm thi đua các phường", "kind": "CUM"}""".formatted(p)));
        for (String ward : new String[] {"BD", "NL", "GT"}) {
            created(api().post("/api/clusters/" + p + "-CUM/members", """
                    {"unitId": "%s-%s", "from": "2024-01-01"}""".formatted(p, ward)));
        }
        created(api().post("/api/criteria-sets", unitSet(1, "30", "2019-01-01")));
    }

    private String unitSet(int version, String generalMax, String from) {
        return """
                {"id": "%s-VHCS", "version": %d, "subject": "UNIT", "effectiveFrom": "%s",
                 "title": "Văn hóa công sở (đơn vị)",
                 "criteria": [{"code": "GENERAL", "max": %s}, {"code": "REFORM", "max": 30},
                              {"code": "OFFICE", "max": 20},
                              {"code": "SATISFACTION", "max": 20, "source": "SURVEY"}],
                 "bands": [{"level": "HTXS", "min": 90}, {"level": "HTT", "min": 70}, {"level": "HT", "min": 50},
                           {"level": "KHT", "min": 0}],
                 "violationPenalty": [{"rulePrefix": "NK-", "points": 5}]}""".formatted(p, version, from, generalMax);
    }

    private void evaluate(String ward, String period, String general, String reform, String office) {
        created(api().post("/api/evaluations/units", """
                {"unitId": "%s-%s", "period": "%s", "criteriaSet": "%s-VHCS",
                 "scores": {"GENERAL": %s, "REFORM": %s, "OFFICE": %s}}"""
                .formatted(p, ward, period, p, general, reform, office)));
    }

    private JsonNode ranking(String query) {
        Api.Response response = api().get("/api/rankings?cluster=" + p + "-CUM&" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void rankingAppliesTheCriteriaVersionInForceWithBreakdownAndMovement() {
        evaluate("BD", "2024-04", "25", "25", "15");
        evaluate("NL", "2024-04", "30", "30", "20");
        evaluate("GT", "2024-04", "10", "10", "10");
        evaluate("BD", "2024-05", "30", "29.99", "20");
        evaluate("NL", "2024-05", "20", "20", "20");
        created(api().post("/api/surveys", """
                {"unitId": "%s-BD", "period": "2024-05", "respondents": 100, "satisfied": 90}""".formatted(p)));

        JsonNode may = ranking("period=2024-05");
        assertThat(may.get("criteriaSet").asText()).isEqualTo(p + "-VHCS@1");
        assertThat(may.get("position").asLong()).isGreaterThan(0);
        JsonNode rows = may.get("rows");
        assertThat(rows).extracting(r -> r.get("unitId").asText()).containsExactly(p + "-BD", p + "-NL", p + "-GT");
        assertThat(rows.get(0).get("score").decimalValue()).isEqualByComparingTo("97.99");
        assertThat(rows.get(0).get("score").asText()).isEqualTo("97.99");
        assertThat(rows.get(0).get("breakdown").get("SATISFACTION").decimalValue()).isEqualByComparingTo("18");
        assertThat(rows.get(0).get("unitName").asText()).isEqualTo("Phường BD");
        // the month as Vietnamese users write it is the same month
        JsonNode written = ranking("period=05/2024");
        assertThat(written.get("period").asText()).isEqualTo("2024-05");
        assertThat(written.get("rows")).isEqualTo(rows);
        // April: NL first, BD second, GT third; May: BD moved up one, NL down one
        assertThat(rows.get(0).get("movement").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("movement").asInt()).isEqualTo(-1);
        assertThat(rows.get(2).get("score").decimalValue()).isEqualByComparingTo("0");
        // GT, not evaluated in May, has a rank from April but no movement: it did not fall, it is not scored yet
        assertThat(rows.get(2).get("evaluations").asInt()).isZero();
        assertThat(rows.get(2).get("previousRank").asInt()).isEqualTo(3);
        assertThat(rows.get(2).get("movement").isNull()).isTrue();
        // and April had nobody scored in March to move from
        JsonNode april = ranking("period=2024-04");
        assertThat(april.get("rows")).allSatisfy(r -> assertThat(r.get("previousRank").isNull()).isTrue());

        JsonNode quarter = ranking("period=2024-Q2");
        assertThat(quarter.get("previousPeriod").asText()).isEqualTo("2024-Q1");
        assertThat(quarter.get("rows").get(0).get("breakdown").get("GENERAL").decimalValue())
                .isEqualByComparingTo("27.5");
    }

    @Test
    void aSetTakingEffectWithinThePeriodRanksItInTheVersionItsEvaluationsWereRecordedUnder() {
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "20", "20", "20");
        created(api().post("/api/criteria-sets", """
                {"id": "%s-MOI", "version": 1, "subject": "UNIT", "effectiveFrom": "2024-06-01",
                 "criteria": [{"code": "GENERAL", "max": 50}, {"code": "REFORM", "max": 50}],
                 "bands": [{"level": "XS", "min": 90}, {"level": "K", "min": 0}]}""".formatted(p)));
        for (String ward : new String[] {"BD", "NL", "GT"}) {
            created(api().post("/api/evaluations/units", """
                    {"unitId": "%s-%s", "period": "2024-06", "criteriaSet": "%s-MOI",
                     "scores": {"GENERAL": %d, "REFORM": 45}}""".formatted(p, ward, p, ward.equals("GT") ? 50 : 40)));
        }

        // most of the quarter's evaluations are under the new set, which no version of was in force on 1 April
        for (String period : new String[] {"2024-Q2", "2024-H1", "2024"}) {
            JsonNode ranking = ranking("period=" + period);
            assertThat(ranking.get("criteriaSet").asText()).as(period).isEqualTo(p + "-MOI@1");
            assertThat(ranking.get("rows").get(0).get("unitId").asText()).isEqualTo(p + "-GT");
        }
        // June's movement is from May as May is ranked: under the set its evaluations were recorded under
        Map<String, JsonNode> june = rowsByUnit("period=2024-06");
        assertThat(june.get(p + "-BD").get("previousRank").asInt()).isEqualTo(1);
        assertThat(june.get(p + "-NL").get("previousRank").asInt()).isEqualTo(2);
        assertThat(june.get(p + "-GT").get("previousRank").isNull()).isTrue();
    }

    @Test
    void aMembershipsEndMayBeBroughtForwardAndEarlierViewsKeepTheEndTheyHad() {
        evaluate("GT", "2024-05", "10", "10", "10");
        // ended at first with a wrong year, then brought forward to the end of April
        created(api().post("/api/clusters/" + p + "-CUM/members/" + p + "-GT/end", """
                {"to": "2028-04-30"}"""));
        long wrongEnd = ranking("period=2024-05").get("position").asLong();
        assertThat(ranking("period=2024-05").get("rows")).extracting(r -> r.get("unitId").asText())
                .contains(p + "-GT");
        Api.Response pushedBack = api().post("/api/clusters/" + p + "-CUM/members/" + p + "-GT/end", """
                {"to": "2029-04-30"}""");
        assertThat(pushedBack.status()).as(pushedBack.toString()).isEqualTo(409);
        created(api().post("/api/clusters/" + p + "-CUM/members/" + p + "-GT/end", """
                {"to": "2024-04-30"}"""));
        assertThat(ranking("period=2024-05").get("rows")).extracting(r -> r.get("unitId").asText())
                .doesNotContain(p + "-GT");
        // as of the wrong end, the ranking it gave then
        assertThat(ranking("period=2024-05&asOf=pos:" + wrongEnd).get("rows")).extracting(r -> r.get("unitId").asText())
                .contains(p + "-GT");
        // and the unit may join again after its real end
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-GT", "from": "2024-06-01"}""".formatted(p)));
    }

    /** The unit tree a ranking reads is kept between requests: a rename shows at once, and not in an earlier view. */
    @Test
    void rankingNamesEachUnitAsItWasNamedAtTheViewsPosition() {
        evaluate("BD", "2024-05", "30", "30", "20");
        JsonNode before = ranking("period=2024-05");
        assertThat(before.get("rows").get(0).get("unitName").asText()).isEqualTo("Phường BD");

        created(api().post("/api/units/" + p + "-BD/rename", "{\"name\": \"Phường Bồ Đề\"}"));

        JsonNode after = ranking("period=2024-05");
        assertThat(after.get("rows").get(0).get("unitName").asText()).isEqualTo("Phường Bồ Đề");
        JsonNode asBefore = ranking("period=2024-05&asOf=pos:" + before.get("position").asLong());
        assertThat(asBefore.get("rows").get(0).get("unitName").asText()).isEqualTo("Phường BD");
        assertThat(ranking("period=2024-05").get("rows").get(0).get("unitName").asText()).isEqualTo("Phường Bồ Đề");
    }

    @Test
    void confirmedViolationOfAMemberLowersItsUnitAndBreaksTies() {
        created(api().post("/api/persons", """
                {"id": "%s-P1", "unitId": "%s-NL", "fullName": "Phan Thanh Bình", "category": "CAN_BO", "leader": true}"""
                .formatted(p, p)));
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "30", "30", "20");
        String id = created(api().post("/api/violations", """
                {"subjectId": "%s-P1", "ruleCode": "NK-2", "occurredOn": "2024-05-10", "source": "CITIZEN_COMPLAINT",
                 "description": "Gây phiền hà cho người dân"}""".formatted(p))).json().get("id").asText();
        JsonNode before = ranking("period=2024-05");
        long beforeConfirm = before.get("position").asLong();
        assertThat(before.get("rows").get(1).get("score").decimalValue()).isEqualByComparingTo("80");
        created(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        JsonNode after = ranking("period=2024-05");
        assertThat(after.get("rows").get(0).get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(after.get("rows").get(1).get("unitId").asText()).isEqualTo(p + "-NL");
        assertThat(after.get("rows").get(1).get("score").decimalValue()).isEqualByComparingTo("75");
        assertThat(after.get("rows").get(1).get("violations").asInt()).isEqualTo(1);

        // asking again as of an earlier position reproduces exactly what was answered then
        JsonNode again = ranking("period=2024-05&asOf=pos:" + beforeConfirm);
        assertThat(again).isEqualTo(before);
        JsonNode now = ranking("period=2024-05&asOf=pos:" + after.get("position").asLong());
        assertThat(now).isEqualTo(after);
    }

    @Test
    void aViolationWeighsOnTheUnitThePersonWorkedInThatDayEvenAfterATransfer() {
        civilServant("T1", "BD", "Lê Văn Tâm");
        created(api().post("/api/persons/" + p + "-T1/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2024-10-01"}""".formatted(p)));
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "30", "30", "20");
        String id = confirmedViolation("T1", "2024-05-10");

        JsonNode rows = ranking("period=2024-05").get("rows");
        assertThat(rows.get(0).get("unitId").asText()).isEqualTo(p + "-NL");
        assertThat(rows.get(1).get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(rows.get(1).get("score").decimalValue()).isEqualByComparingTo("75");

        // the day corrected to after the transfer: the violation now weighs on the new unit
        created(api().post("/api/violations/" + id + "/amend", """
                {"occurredOn": "2024-10-03", "reason": "Ghi nhầm ngày"}"""));
        evaluate("BD", "2024-10", "30", "30", "20");
        evaluate("NL", "2024-10", "30", "30", "20");
        JsonNode october = ranking("period=2024-10").get("rows");
        assertThat(october.get(0).get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(october.get(1).get("unitId").asText()).isEqualTo(p + "-NL");
        assertThat(ranking("period=2024-05").get("rows").get(1).get("score").decimalValue())
                .isEqualByComparingTo("80");
        // the dossiers agree: once, confirmed, in the new unit only
        Api.Response nl = api().get("/api/dossiers?unit=" + p + "-NL&period=2024");
        JsonNode listed = null;
        for (JsonNode indicator : nl.json().get("indicators")) {
            if (indicator.get("code").asText().equals("VIOLATIONS")) {
                listed = indicator.get("details").get("violations");
            }
        }
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("violationId").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(listed.get(0).get("occurredOn").asText()).isEqualTo("2024-10-03");
        assertThat(api().get("/api/dossiers?unit=" + p + "-BD&period=2024").body()).doesNotContain(id);
        // the unit it left keeps the amendment that moved it out in its trail, beside its record there
        List<String> leftBehind = new java.util.ArrayList<>();
        api().get("/api/audit/units/" + p + "-BD").json().get("entries").forEach(entry -> {
            if (id.equals(entry.get("data").path("violationId").asText())) {
                leftBehind.add(entry.get("type").asText());
            }
        });
        assertThat(leftBehind).containsExactly("ViolationRecorded", "ViolationConfirmed", "ViolationAmended");
    }

    /**
     * A transfer recorded late and back-dated before a violation: by the record as it stands now the person worked
     * in the other unit that day, so the penalty (and the violation in the dossiers) moves there; as of before the
     * transfer was recorded, the standings stay as they were answered.
     */
    @Test
    void aTransferRecordedLateBeforeTheViolationsDayMovesItsPenalty() {
        civilServant("T2", "BD", "Phạm Thị Hoa");
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "30", "30", "20");
        String id = confirmedViolation("T2", "2024-05-10");
        JsonNode before = ranking("period=2024-05");
        assertThat(before.get("rows").get(1).get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(before.get("rows").get(1).get("violations").asInt()).isEqualTo(1);

        created(api().post("/api/persons/" + p + "-T2/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2024-05-01"}""".formatted(p)));

        JsonNode after = ranking("period=2024-05");
        assertThat(after.get("rows").get(0).get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(after.get("rows").get(0).get("violations").asInt()).isZero();
        assertThat(after.get("rows").get(1).get("unitId").asText()).isEqualTo(p + "-NL");
        assertThat(after.get("rows").get(1).get("violations").asInt()).isEqualTo(1);
        assertThat(after.get("rows").get(1).get("score").decimalValue()).isEqualByComparingTo("75");
        assertThat(violationsInDossier("NL")).containsExactly(id);
        assertThat(violationsInDossier("BD")).isEmpty();
        assertThat(ranking("period=2024-05&asOf=pos:" + before.get("position").asLong())).isEqualTo(before);
    }

    @Test
    void theSurveysOfAMembersDivisionsArePooledWithItsOwnUnlessTheDivisionCompetesItself() {
        for (String division : new String[] {"BD-MC", "BD-VH"}) {
            created(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Bộ phận %s", "kind": "DIVISION", "parentId": "%s-BD"}"""
                    .formatted(p, division, division, p)));
        }
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-BD-VH", "from": "2024-01-01"}""".formatted(p)));
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("BD-VH", "2024-05", "30", "30", "20");
        // the ward's one-stop office, 90 of 100, and the ward itself, 60 of 100: 150 of 200 for the ward
        created(api().post("/api/surveys", """
                {"unitId": "%s-BD-MC", "period": "2024-05", "respondents": 100, "satisfied": 90}""".formatted(p)));
        created(api().post("/api/surveys", """
                {"unitId": "%s-BD", "period": "2024-05", "respondents": 100, "satisfied": 60}""".formatted(p)));
        // a division competing in the cluster itself answers for its own survey alone
        created(api().post("/api/surveys", """
                {"unitId": "%s-BD-VH", "period": "2024-05", "respondents": 10, "satisfied": 10}""".formatted(p)));

        Map<String, JsonNode> rows = rowsByUnit("period=2024-05");
        assertThat(rows.get(p + "-BD").get("breakdown").get("SATISFACTION").decimalValue()).isEqualByComparingTo("15");
        assertThat(rows.get(p + "-BD-VH").get("breakdown").get("SATISFACTION").decimalValue())
                .isEqualByComparingTo("20");
    }

    @Test
    void aUnitBelowAnotherMemberOfTheClusterAloneAnswersForItsPeoplesViolations() {
        created(api().post("/api/units", """
                {"id": "%s-BD-VH", "name": "Tổ văn hoá phường BD", "kind": "DIVISION", "parentId": "%s-BD"}"""
                .formatted(p, p)));
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-BD-VH", "from": "2024-01-01"}""".formatted(p)));
        civilServant("VH1", "BD-VH", "Đỗ Văn Hùng");
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("BD-VH", "2024-05", "30", "30", "20");
        String id = confirmedViolation("VH1", "2024-05-10");

        Map<String, JsonNode> rows = rowsByUnit("period=2024-05");
        assertThat(rows.get(p + "-BD-VH").get("violations").asInt()).isEqualTo(1);
        assertThat(rows.get(p + "-BD-VH").get("score").decimalValue()).isEqualByComparingTo("75");
        assertThat(rows.get(p + "-BD").get("violations").asInt()).isZero();
        assertThat(rows.get(p + "-BD").get("score").decimalValue()).isEqualByComparingTo("80");
    }

    @Test
    void aDivisionThatLeftTheClusterNoLongerAnswersForWhatItsPeopleDidAfterwards() {
        created(api().post("/api/units", """
                {"id": "%s-BD-TT", "name": "Tổ tư pháp phường BD", "kind": "DIVISION", "parentId": "%s-BD"}"""
                .formatted(p, p)));
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-BD-TT", "from": "2024-01-01", "to": "2024-07-31"}""".formatted(p)));
        civilServant("TT1", "BD-TT", "Lý Thị Tâm");
        evaluate("BD", "2024-08", "30", "30", "20");
        confirmedViolation("TT1", "2024-08-10");

        // in August the division was no member: its ward answers, in the month as in the quarter and the year
        for (String period : new String[] {"2024-08", "2024-Q3", "2024"}) {
            Map<String, JsonNode> rows = rowsByUnit("period=" + period);
            assertThat(rows.get(p + "-BD").get("violations").asInt()).as(period).isEqualTo(1);
            if (rows.containsKey(p + "-BD-TT")) {
                assertThat(rows.get(p + "-BD-TT").get("violations").asInt()).as(period).isZero();
            }
        }
    }

    @Test
    void aWardThatLeftTheClusterWithNoMemberAboveItKeepsWhatItsPeopleDidWithItsEvaluations() {
        created(api().post("/api/units", """
                {"id": "%s-KL", "name": "Phường Khai Lập", "kind": "COMMUNE", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/clusters/" + p + "-CUM/members", """
                {"unitId": "%s-KL", "from": "2024-01-01", "to": "2024-07-31"}""".formatted(p)));
        civilServant("KL1", "KL", "Đinh Văn Khải");
        evaluate("KL", "2024-07", "30", "30", "20");
        confirmedViolation("KL1", "2024-08-10");

        // no member stands above it in August: the quarter's penalty is still the ward's, with its July
        JsonNode kl = rowsByUnit("period=2024-Q3").get(p + "-KL");
        assertThat(kl.get("violations").asInt()).isEqualTo(1);
        assertThat(kl.get("score").decimalValue()).isEqualByComparingTo("75");
    }

    /**
     * A team moved from one ward to another: what its people did before the move still weighs on the ward it stood
     * under then; a move back-dated before the violation takes it along.
     */
    @Test
    void aViolationBelowAMovedUnitCountsWhereTheUnitStoodOnItsDay() {
        created(api().post("/api/units", """
                {"id": "%s-TO", "name": "Tổ dân phố số 3", "kind": "DIVISION", "parentId": "%s-BD"}""".formatted(p, p)));
        civilServant("TO1", "TO", "Vũ Văn Tổ");
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "30", "30", "20");
        String id = confirmedViolation("TO1", "2024-05-10");

        created(api().post("/api/units/" + p + "-TO/move", """
                {"parentId": "%s-NL", "effectiveOn": "2024-06-01"}""".formatted(p)));
        Map<String, JsonNode> may = rowsByUnit("period=2024-05");
        assertThat(may.get(p + "-BD").get("violations").asInt()).isEqualTo(1);
        assertThat(may.get(p + "-NL").get("violations").asInt()).isZero();
        assertThat(violationsInDossier("BD")).containsExactly(id);
        assertThat(violationsInDossier("NL")).isEmpty();
    }

    /** A công chức {@code id} of this test's unit {@code unit}. */
    private void civilServant(String id, String unit, String fullName) {
        created(api().post("/api/persons", """
                {"id": "%s-%s", "unitId": "%s-%s", "fullName": "%s", "category": "CONG_CHUC"}"""
                .formatted(p, id, p, unit, fullName)));
    }

    /** A violation of rule NK-1 by this test's person {@code person} on {@code day}, confirmed; its id. */
    private String confirmedViolation(String person, String day) {
        String id = created(api().post("/api/violations", """
                {"subjectId": "%s-%s", "ruleCode": "NK-1", "occurredOn": "%s", "source": "SUPERVISOR"}"""
                .formatted(p, person, day))).json().get("id").asText();
        created(api().post("/api/violations/" + id + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        return id;
    }

    /** The ranking's rows by unit id. */
    private Map<String, JsonNode> rowsByUnit(String query) {
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        ranking(query).get("rows").forEach(row -> rows.put(row.get("unitId").asText(), row));
        return rows;
    }

    private List<String> violationsInDossier(String ward) {
        Api.Response dossier = api().get("/api/dossiers?unit=" + p + "-" + ward + "&period=2024-05");
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode indicator : dossier.json().get("indicators")) {
            if (indicator.get("code").asText().equals("VIOLATIONS")) {
                indicator.get("details").get("violations").forEach(v -> ids.add(v.get("violationId").asText()));
            }
        }
        return ids;
    }

    @Test
    void pinnedVersionAndWhatIfShowTheOtherVersionSideBySide() {
        created(api().post("/api/criteria-sets", unitSet(2, "60", "2024-01-01")));
        evaluate("BD", "2024-05", "50", "10", "10");
        evaluate("NL", "2024-05", "30", "20", "10");
        JsonNode inForce = ranking("period=2024-05&criteriaSet=" + p + "-VHCS");
        assertThat(inForce.get("criteriaSet").asText()).isEqualTo(p + "-VHCS@2");
        JsonNode pinned = ranking("period=2024-05&criteriaSet=" + p + "-VHCS@1");
        assertThat(pinned.get("criteriaSet").asText()).isEqualTo(p + "-VHCS@1");
        assertThat(pinned.get("rows").get(0).get("unitId").asText()).isEqualTo(p + "-NL");
        // each row says the set its evaluations were given under, here not the pinned one; GT was not evaluated
        assertThat(inForce.get("rows")).extracting(r -> r.get("unitId").asText() + " " + r.get("recordedUnder"))
                .containsExactly(p + "-BD [\"" + p + "-VHCS@2\"]", p + "-NL [\"" + p + "-VHCS@2\"]", p + "-GT []");
        assertThat(pinned.get("rows").get(0).get("recordedUnder").get(0).asText()).isEqualTo(p + "-VHCS@2");

        Api.Response whatIf = api().get("/api/what-if?cluster=" + p + "-CUM&period=2024-05&baseline=" + p
                + "-VHCS@1&candidate=" + p + "-VHCS@2");
        assertThat(whatIf.status()).as(whatIf.toString()).isEqualTo(200);
        JsonNode bd = whatIf.json().get("rows").get(0);
        assertThat(bd.get("unitId").asText()).isEqualTo(p + "-BD");
        assertThat(bd.get("baseline").get("score").decimalValue()).isEqualByComparingTo("50");
        assertThat(bd.get("candidate").get("score").decimalValue()).isEqualByComparingTo("70");
        assertThat(bd.get("scoreDelta").decimalValue()).isEqualByComparingTo("20");
        assertThat(bd.get("rankDelta").asInt()).isEqualTo(1);
        // each side says what its version took off, for the same confirmed violations (none here)
        assertThat(bd.get("baseline").get("penalty").decimalValue()).isEqualByComparingTo("0");
        assertThat(bd.get("candidate").get("violations").asInt()).isZero();
    }

    @Test
    void periodsAreAnsweredAsClientsWriteThem() {
        assertThat(ranking("period=2024-Q2").get("period").asText()).isEqualTo("2024-Q2");
        assertThat(ranking("period=2024-H1").get("period").asText()).isEqualTo("2024-H1");
        assertThat(ranking("period=2024").get("period").asText()).isEqualTo("2024");
        assertThat(ranking("period=2024-05").get("period").asText()).isEqualTo("2024-05");
        assertThat(ranking("period=2024-01-01..2024-06-30").get("period").asText()).isEqualTo("2024-H1");
        assertThat(ranking("period=2024-01-15..2024-06-30").get("period").asText()).isEqualTo("2024-01-15..2024-06-30");
    }

    @Test
    void badParametersAreNamedInVietnamese() {
        Api.Response month = api().get("/api/rankings?cluster=" + p + "-CUM&period=2024-13");
        assertThat(month.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(month.json().get("errors").get(0).get("message").asText()).startsWith("Kỳ không hợp lệ");
        Api.Response asOf = api().get("/api/rankings?cluster=" + p + "-CUM&period=2024-05&asOf=hôm-qua");
        assertThat(asOf.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(asOf.json().get("errors").get(0).get("message").asText()).startsWith("asOf (thời điểm ghi sổ) phải là");
        Api.Response year = api().get("/api/eligibility?unit=" + p + "-BD&year=abc");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.json().get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(year.json().get("errors").get(0).get("message").asText()).contains("số nguyên");
    }

    @Test
    void aFractionalHeadCountIsRefusedNotTruncated() {
        long head = head();
        Api.Response survey = api().post("/api/surveys", """
                {"unitId": "%s-BD", "period": "2024-05", "respondents": 10.5, "satisfied": 5}""".formatted(p));
        assertThat(survey.status()).isEqualTo(400);
        assertThat(survey.json().get("errors").get(0).get("field").asText()).isEqualTo("respondents");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void badRankingQueriesAreRefused() {
        assertThat(api().get("/api/rankings?period=2024-05").status()).isEqualTo(400);
        assertThat(api().get("/api/rankings?cluster=" + p + "-CUM").status()).isEqualTo(400);
        assertThat(api().get("/api/rankings?cluster=" + p + "-NONE&period=2024-05").status()).isEqualTo(404);
        assertThat(api().get("/api/rankings?cluster=" + p + "-CUM&period=2024-05&criteriaSet=" + p + "-VHCS@9")
                .status()).isEqualTo(404);
        assertThat(api().get("/api/rankings?cluster=" + p + "-CUM&period=2024-13").status()).isEqualTo(400);
        assertThat(api().get("/api/what-if?cluster=" + p + "-CUM&period=2024-05").status()).isEqualTo(400);
        // asked as of a moment before the cluster was recorded (a business date, say): told so, not "no such cluster"
        Api.Response before = api().get("/api/rankings?cluster=" + p + "-CUM&period=2024-05&asOf=2024-05-31");
        assertThat(before.status()).as(before.toString()).isEqualTo(404);
        assertThat(before.json().get("detail").asText()).contains("chưa được ghi nhận tại thời điểm hỏi: khi đó sổ chưa ghi sự kiện nào");
    }

    /** One person of the ward Bồ Đề per entry, evaluated for May 2024 under the set p-HN with 20 + those points. */
    private void evaluateInBoDe(String... tasks) {
        for (int i = 0; i < tasks.length; i++) {
            created(api().post("/api/persons", """
                    {"id": "%s-P%d", "unitId": "%s-BD", "fullName": "Người %d", "category": "CONG_CHUC"}"""
                    .formatted(p, i, p, i)));
            created(api().post("/api/evaluations/persons", """
                    {"personId": "%s-P%d", "period": "2024-05", "criteriaSet": "%s-HN",
                     "scores": {"DISCIPLINE": 20, "TASKS": %s}}""".formatted(p, i, p, tasks[i])));
        }
    }

    @Test
    void monthlyClassificationShowsCapsAndQuota() {
        created(api().post("/api/criteria-sets", """
                {"id": "%s-HN", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0}],
                 "quota": {"level": "A", "maxShare": 0.30, "demoteTo": "B"},
                 "violationPenalty": [{"rulePrefix": "NK-", "points": 5}],
                 "sanctionCap": {"minForm": "KHIEN_TRACH", "maxLevel": "D"}}""".formatted(p)));
        evaluateInBoDe("70", "70", "70", "70", "60", "60", "50", "50", "40", "30");
        Api.Response response = api().get("/api/classifications?unit=" + p + "-BD&period=2024-05");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        assertThat(rows).hasSize(10);
        assertThat(rows).filteredOn(r -> r.get("level").asText().equals("A")).hasSize(3);
        JsonNode demoted = rows.get(0);
        assertThat(demoted.get("personId").asText()).isEqualTo(p + "-P0");
        assertThat(demoted.get("level").asText()).isEqualTo("B");
        assertThat(demoted.get("adjustedBy")).extracting(JsonNode::asText).containsExactly("QUOTA");
        assertThat(response.json().get("criteriaSet").asText()).isEqualTo(p + "-HN@1");
    }

    @Test
    void unitRecognisedAsExceptionalForTheMonthMayHaveTheLargerShareOfA() {
        created(api().post("/api/criteria-sets", """
                {"id": "%s-HN", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0}],
                 "quota": {"level": "A", "maxShare": 0.30, "demoteTo": "B", "exceptionalMaxShare": 0.40}}"""
                .formatted(p)));
        evaluateInBoDe("70", "70", "70", "70", "70", "60", "50", "50", "40", "30");
        String query = "/api/classifications?unit=" + p + "-BD&period=2024-05";
        // the ward's own evaluation of May: 80 of 100 (no survey yet), "hoàn thành tốt" only
        evaluate("BD", "2024-05", "30", "30", "20");
        JsonNode good = ok(api().get(query)).json();
        assertThat(good.get("rows")).filteredOn(r -> r.get("level").asText().equals("A")).hasSize(3);
        assertThat(good.get("quota").get("exceptionalUnit").asBoolean()).isFalse();
        assertThat(good.get("quota").get("maxShare").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(good.get("quota").get("unitLevel").asText()).isEqualTo("HTT");

        // every citizen surveyed satisfied: 100 points, "hoàn thành xuất sắc" — 4 of 10 may be A
        created(api().post("/api/surveys", """
                {"unitId": "%s-BD", "period": "2024-05", "respondents": 50, "satisfied": 50}""".formatted(p)));
        JsonNode exceptional = ok(api().get(query)).json();
        assertThat(exceptional.get("rows")).filteredOn(r -> r.get("level").asText().equals("A")).hasSize(4);
        assertThat(exceptional.get("rows").get(0).get("adjustedBy")).extracting(JsonNode::asText)
                .containsExactly("QUOTA");
        assertThat(exceptional.get("quota").get("exceptionalUnit").asBoolean()).isTrue();
        assertThat(exceptional.get("quota").get("maxShare").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(exceptional.get("quota").get("unitLevel").asText()).isEqualTo("HTXS");
        assertThat(exceptional.get("quota").get("unitCriteriaSet").asText()).isEqualTo(p + "-VHCS@1");
        // judged by a unit set whose top band the ward does not reach, it is not exceptional
        created(api().post("/api/criteria-sets", unitSet(2, "30", "2019-01-01").replace("\"min\": 90", "\"min\": 101")));
        JsonNode stricter = ok(api().get(query + "&unitCriteriaSet=" + p + "-VHCS@2")).json();
        assertThat(stricter.get("quota").get("exceptionalUnit").asBoolean()).isFalse();
        assertThat(stricter.get("rows")).filteredOn(r -> r.get("level").asText().equals("A")).hasSize(3);
        assertThat(api().get(query + "&unitCriteriaSet=" + p + "-NONE").status()).isEqualTo(404);
        // as of before the survey, the month reads as it did
        JsonNode before = ok(api().get(query + "&asOf=pos:" + good.get("position").asLong())).json();
        assertThat(before.get("rows")).filteredOn(r -> r.get("level").asText().equals("A")).hasSize(3);
    }

    @Test
    void classificationTakesTheVersionInForceForTheMonthUnlessTheQueryNamesOne() {
        for (String[] version : new String[][] {{"1", "2024-01-01", "90"}, {"2", "2024-04-01", "85"}}) {
            created(api().post("/api/criteria-sets", """
                    {"id": "%s-PS", "version": %s, "subject": "PERSON", "effectiveFrom": "%s",
                     "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70},
                                  {"code": "BONUS", "max": 10}],
                     "bands": [{"level": "A", "min": %s}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                               {"level": "D", "min": 0}]}""".formatted(p, version[0], version[1], version[2])));
        }
        civilServant("V1", "NL", "Đỗ Văn Vinh");
        // recorded naming the first version, which the second replaced from April
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-V1", "period": "2024-05", "criteriaSet": "%s-PS@1",
                 "scores": {"DISCIPLINE": 20, "TASKS": 59.99, "BONUS": 10}}""".formatted(p, p)));

        JsonNode inForce = ok(api().get("/api/classifications?unit=" + p + "-NL&period=2024-05")).json();
        assertThat(inForce.get("criteriaSet").asText()).isEqualTo(p + "-PS@2");
        assertThat(inForce.get("rows").get(0).get("level").asText()).isEqualTo("A");
        JsonNode named = ok(api().get("/api/classifications?unit=" + p + "-NL&period=2024-05&criteriaSet=" + p
                + "-PS@1")).json();
        assertThat(named.get("criteriaSet").asText()).isEqualTo(p + "-PS@1");
        assertThat(named.get("rows").get(0).get("level").asText()).isEqualTo("B");
    }

    @Test
    void peopleOfOneUnitEvaluatedUnderDifferentSetsAreEachClassifiedUnderTheirOwn() {
        created(api().post("/api/criteria-sets", """
                {"id": "%s-CC", "version": 1, "subject": "PERSON", "effectiveFrom": "2024-01-01",
                 "criteria": [{"code": "GENERAL", "max": 30}, {"code": "RESULTS", "max": 70}],
                 "bands": [{"level": "HTXS", "min": 90}, {"level": "HTT", "min": 70}, {"level": "HT", "min": 50},
                           {"level": "KHT", "min": 0}]}""".formatted(p)));
        created(api().post("/api/criteria-sets", """
                {"id": "%s-LD", "version": 1, "subject": "PERSON", "effectiveFrom": "2024-01-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 80}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                           {"level": "D", "min": 0}]}""".formatted(p)));
        civilServant("MX1", "GT", "Trần Văn Một");
        civilServant("MX2", "GT", "Trần Văn Hai");
        civilServant("MX3", "GT", "Trần Văn Ba");
        for (String person : new String[] {"MX1", "MX2"}) {
            created(api().post("/api/evaluations/persons", """
                    {"personId": "%s-%s", "period": "2024-05", "criteriaSet": "%s-CC",
                     "scores": {"GENERAL": 30, "RESULTS": 62}}""".formatted(p, person, p)));
        }
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-MX3", "period": "2024-05", "criteriaSet": "%s-LD",
                 "scores": {"DISCIPLINE": 20, "TASKS": 55}}""".formatted(p, p)));

        JsonNode month = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-05")).json();
        assertThat(month.get("criteriaSet").asText()).isEqualTo(p + "-CC@1");
        assertThat(month.get("criteriaSets")).extracting(JsonNode::asText).containsExactly(p + "-CC@1", p + "-LD@1");
        assertThat(month.get("rows")).extracting(r -> r.get("personId").asText() + " " + r.get("score").asText()
                        + " " + r.get("level").asText() + " " + r.get("criteriaSet").asText())
                .containsExactly(p + "-MX1 92 HTXS " + p + "-CC@1", p + "-MX2 92 HTXS " + p + "-CC@1",
                        p + "-MX3 75 B " + p + "-LD@1");
        // named, the set is the one every person is scored under
        JsonNode named = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-05&criteriaSet=" + p
                + "-CC")).json();
        assertThat(named.get("rows").get(2).get("score").decimalValue()).isEqualByComparingTo("0");
        // so does a quarter, each set's quota over its own people
        JsonNode quarter = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-Q2")).json();
        assertThat(quarter.get("rows")).extracting(r -> r.get("personId").asText() + " " + r.get("score").asText()
                        + " " + r.get("criteriaSet").asText())
                .containsExactly(p + "-MX1 92 " + p + "-CC@1", p + "-MX2 92 " + p + "-CC@1",
                        p + "-MX3 75 " + p + "-LD@1");
        // the year scores each month under the set it was recorded under too
        JsonNode year = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024")).json();
        assertThat(year.get("rows")).filteredOn(r -> r.get("personId").asText().equals(p + "-MX3"))
                .extracting(r -> r.get("score").decimalValue().toPlainString()).containsExactly("75");
    }

    @Test
    void aTransferRecordedLateAndBackDatedMovesAnEvaluatedMonthToTheNewUnit() {
        civilServant("LT", "BD", "Lại Thị Thu");
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-LT", "period": "2024-05", "criteriaSet": "VN.HN-3814",
                 "scores": {"DISCIPLINE": 20, "TASKS": 60}}""".formatted(p)));
        JsonNode before = ok(api().get("/api/classifications?unit=" + p + "-BD&period=2024-05")).json();
        assertThat(before.get("rows")).extracting(r -> r.get("personId").asText()).containsExactly(p + "-LT");
        created(api().post("/api/persons/" + p + "-LT/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2024-05-01"}""".formatted(p)));

        // named: with nobody evaluated there, the set in force would depend on what other tests published
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-BD&period=2024-05&criteriaSet=VN.HN-3814"))
                .json().get("rows")).isEmpty();
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-NL&period=2024-05")).json().get("rows"))
                .extracting(r -> r.get("personId").asText()).containsExactly(p + "-LT");
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-NL&period=2024")).json().get("rows"))
                .extracting(r -> r.get("personId").asText()).containsExactly(p + "-LT");
        // the dossiers count the month where she is expected
        JsonNode evaluations = ok(api().get("/api/dossiers?unit=" + p + "-NL&period=2024-05")).json()
                .get("indicators");
        JsonNode completeness = java.util.stream.StreamSupport.stream(evaluations.spliterator(), false)
                .filter(i -> i.get("code").asText().equals("EVALUATIONS")).findFirst().orElseThrow();
        assertThat(completeness.get("details").get("recorded").asInt()).isEqualTo(1);
        assertThat(completeness.get("details").get("expected").asInt()).isEqualTo(1);
        // and cite it where it counts
        assertThat(completeness.get("entries")).extracting(e -> e.get("type").asText())
                .containsExactly("PersonEvaluated");
        // as the record stood before the transfer, the month was Bồ Đề's
        assertThat(ok(api().get("/api/classifications?unit=" + p + "-BD&period=2024-05&asOf=pos:"
                + before.get("position").asLong())).json().get("rows")).hasSize(1);
    }

    @Test
    void aPersonMovedWithinTheQuarterIsClassifiedOnceWhereTheirLastMonthWasOnAllTheirMonths() {
        created(api().post("/api/criteria-sets", """
                {"id": "%s-QM", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0}]}"""
                .formatted(p)));
        civilServant("MV", "GT", "Lê Văn Chuyển");
        for (String month : new String[] {"2024-04", "2024-05"}) {
            created(api().post("/api/evaluations/persons", """
                    {"personId": "%s-MV", "period": "%s", "criteriaSet": "%s-QM",
                     "scores": {"DISCIPLINE": 20, "TASKS": 30}}""".formatted(p, month, p)));
        }
        created(api().post("/api/persons/" + p + "-MV/transfers", """
                {"toUnitId": "%s-NL", "effectiveOn": "2024-06-01"}""".formatted(p)));
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-MV", "period": "2024-06", "criteriaSet": "%s-QM",
                 "scores": {"DISCIPLINE": 20, "TASKS": 70, "BONUS": 10}}""".formatted(p, p)));

        JsonNode before = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-Q2")).json();
        assertThat(before.get("rows")).extracting(r -> r.get("personId").asText()).doesNotContain(p + "-MV");
        JsonNode after = ok(api().get("/api/classifications?unit=" + p + "-NL&period=2024-Q2")).json();
        JsonNode moved = java.util.stream.StreamSupport.stream(after.get("rows").spliterator(), false)
                .filter(r -> r.get("personId").asText().equals(p + "-MV")).findFirst().orElseThrow();
        assertThat(moved.get("monthsEvaluated").asInt()).isEqualTo(3);
        assertThat(moved.get("score").decimalValue()).isEqualByComparingTo("66.6666");
        assertThat(moved.get("level").asText()).isEqualTo("C");
        // May alone is still May's, in the unit the person worked in then
        JsonNode may = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-05")).json();
        assertThat(may.get("rows")).extracting(r -> r.get("personId").asText()).contains(p + "-MV");
    }

    @Test
    void quarterlyClassificationTakesTheMeanOfTheMonthsAndThePenaltiesOfTheQuarter() {
        created(api().post("/api/criteria-sets", """
                {"id": "%s-Q", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                 "criteria": [{"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10}],
                 "bands": [{"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0}],
                 "violationPenalty": [{"rulePrefix": "NK-", "points": 5}]}""".formatted(p)));
        for (String person : new String[] {"Q1", "Q2"}) {
            created(api().post("/api/persons", """
                    {"id": "%s-%s", "unitId": "%s-GT", "fullName": "Trần Thị Quý", "category": "CONG_CHUC"}"""
                    .formatted(p, person, p)));
        }
        String[][] months = {{"2024-04", "70", "70"}, {"2024-05", "70", "69.99"}, {"2024-06", "70", "70"}};
        for (String[] month : months) {
            created(api().post("/api/evaluations/persons", """
                    {"personId": "%s-Q1", "period": "%s", "criteriaSet": "%s-Q",
                     "scores": {"DISCIPLINE": 20, "TASKS": %s}}""".formatted(p, month[0], p, month[1])));
            created(api().post("/api/evaluations/persons", """
                    {"personId": "%s-Q2", "period": "%s", "criteriaSet": "%s-Q",
                     "scores": {"DISCIPLINE": 20, "TASKS": %s}}""".formatted(p, month[0], p, month[2])));
        }
        // one confirmed violation in June: taken once from Q1's mean of 90
        String violation = created(api().post("/api/violations", """
                {"subjectId": "%s-Q1", "ruleCode": "NK-2", "occurredOn": "2024-06-03", "source": "SUPERVISOR"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/violations/" + violation + "/confirm", """
                {"reason": "Đã xác minh"}"""));

        JsonNode quarter = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-Q2")).json();
        assertThat(quarter.get("basis").asText()).isEqualTo("MEAN_OF_MONTHS");
        assertThat(quarter.get("criteriaSet").asText()).isEqualTo(p + "-Q@1");
        JsonNode q1 = quarter.get("rows").get(0);
        assertThat(q1.get("personId").asText()).isEqualTo(p + "-Q1");
        assertThat(q1.get("score").decimalValue()).isEqualByComparingTo("85");
        assertThat(q1.get("penalty").decimalValue()).isEqualByComparingTo("5");
        assertThat(q1.get("monthsEvaluated").asInt()).isEqualTo(3);
        assertThat(q1.get("level").asText()).isEqualTo("B");
        JsonNode q2 = quarter.get("rows").get(1);
        assertThat(q2.get("score").asText()).isEqualTo("89.9966");
        assertThat(q2.get("level").asText()).isEqualTo("B");

        // a range takes the months lying wholly inside it: May and June
        JsonNode range = ok(api().get("/api/classifications?unit=" + p + "-GT&period=2024-04-15..2024-06-30"))
                .json();
        assertThat(range.get("rows").get(1).get("monthsEvaluated").asInt()).isEqualTo(2);
        assertThat(range.get("rows").get(1).get("score").asText()).isEqualTo("89.995");
        Api.Response noWholeMonth = api().get("/api/classifications?unit=" + p + "-GT&period=2024-05-02..2024-05-31");
        assertThat(noWholeMonth.status()).isEqualTo(400);
        assertThat(noWholeMonth.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
    }

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** The ranking's {@code data:} lines as they arrive on a stream of the cluster's May 2024 ranking. */
    private BlockingQueue<String> subscribe() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/stream/rankings?cluster=" + p + "-CUM&period=2024-05"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5));
                    }
                }
            } catch (Exception ignored) {
                // the stream closes when the test ends
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    @Test
    void liveStreamPushesTheNewRankingWithinASecond() throws Exception {
        evaluate("BD", "2024-05", "30", "30", "20");
        BlockingQueue<String> events = subscribe();
        String first = events.poll(10, TimeUnit.SECONDS);
        assertThat(first).contains(p + "-BD");

        evaluate("NL", "2024-05", "30", "30", "20");
        long written = System.nanoTime();
        String next = events.poll(10, TimeUnit.SECONDS);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - written).toMillis();
        assertThat(next).isNotNull();
        JsonNode pushed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(next);
        assertThat(pushed.get("rows").get(1).get("score").decimalValue()).isEqualByComparingTo("80");
        // how fast is a benchmark's business (ops/bench); here it only has to arrive
        System.out.println("live ranking pushed " + elapsedMs + " ms after the write");
    }

    @Test
    void aSubscriberJoiningRightAfterAChangeDoesNotKeepItFromThoseAlreadyWatching() throws Exception {
        evaluate("BD", "2024-05", "30", "30", "20");
        BlockingQueue<String> watching = subscribe();
        assertThat(watching.poll(10, TimeUnit.SECONDS)).contains(p + "-BD");

        evaluate("NL", "2024-05", "30", "30", "20");
        // joins before the change is pushed: it starts from the new ranking, the first watcher must still get it
        BlockingQueue<String> joining = subscribe();
        assertThat(joining.poll(10, TimeUnit.SECONDS)).isNotNull();
        String pushed = watching.poll(10, TimeUnit.SECONDS);
        assertThat(pushed).as("the change reaches the subscriber that was already watching").isNotNull();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(pushed).get("rows"))
                .filteredOn(row -> row.get("unitId").asText().equals(p + "-NL"))
                .extracting(row -> row.get("score").decimalValue().intValue()).containsExactly(80);
    }

    /** The title's trail once the revocation policy, which runs after the confirmation, has had its say. */
    private JsonNode revokedTrail(String title) throws InterruptedException {
        JsonNode entries = null;
        for (int i = 0; i < 100; i++) {
            entries = api().get("/api/audit/commendations/" + title).json().get("entries");
            if (entries.size() == 3) {
                break;
            }
            Thread.sleep(100);
        }
        return entries;
    }

    @Test
    void aTitleIsRevokedWhenALaterConfirmedViolationFallsInItsPeriod() throws InterruptedException {
        created(api().post("/api/persons", """
                {"id": "%s-TT", "unitId": "%s-BD", "fullName": "Cao Thị Thanh Tâm", "category": "VIEN_CHUC"}"""
                .formatted(p, p)));
        String title = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TT", "period": "2024", "reason": "Hoàn thành tốt"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/commendations/" + title + "/approve", """
                {"decisionNo": "15/QĐ-UBND", "decidedOn": "2025-01-15"}"""));
        String violation = created(api().post("/api/violations", """
                {"subjectId": "%s-TT", "ruleCode": "NK-3", "occurredOn": "2024-11-02", "source": "INSPECTION"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Kết luận thanh tra\"}"));

        JsonNode entries = revokedTrail(title);
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("CommendationProposed", "CommendationApproved", "CommendationRevoked");
        assertThat(entries.get(2).get("actor").asText()).isEqualTo("system:title-revocation");
        // the system's own actor has a trail of what it recorded
        assertThat(api().get("/api/audit/users/SYSTEM:title-revocation").json().get("entries"))
                .extracting(e -> e.get("position").asLong()).contains(entries.get(2).get("position").asLong());
        assertThat(entries.get(2).get("data").get("reason").asText()).contains(violation);
    }

    @Test
    void aTitleIsRevokedWhenAConfirmedViolationsDayIsCorrectedIntoItsPeriodAndCannotBeGrantedAgain()
            throws InterruptedException {
        civilServant("TA", "BD", "Vũ Thị Ánh");
        String title = created(api().post("/api/commendations", """
                {"title": "CHIEN_SI_THI_DUA_CO_SO", "recipientId": "%s-TA", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/commendations/" + title + "/approve", """
                {"decisionNo": "16/QĐ-UBND", "decidedOn": "2025-01-15"}"""));
        String violation = created(api().post("/api/violations", """
                {"subjectId": "%s-TA", "ruleCode": "NK-1", "occurredOn": "2025-03-01", "source": "SUPERVISOR"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        created(api().post("/api/violations/" + violation + "/amend", """
                {"occurredOn": "2024-05-01", "reason": "Ghi nhầm ngày"}"""));

        JsonNode entries = revokedTrail(title);
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("CommendationProposed", "CommendationApproved", "CommendationRevoked");

        // proposing again is free; approving a title its period's confirmed violation would revoke is refused
        String again = created(api().post("/api/commendations", """
                {"title": "CHIEN_SI_THI_DUA_CO_SO", "recipientId": "%s-TA", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        long head = head();
        Api.Response refused = api().post("/api/commendations/" + again + "/approve", """
                {"decisionNo": "17/QĐ-UBND", "decidedOn": "2025-02-01"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("TITLE_PERIOD_WITHOUT_CONFIRMED_VIOLATION");
        assertThat(refused.json().get("detail").asText()).contains(violation);
        assertThat(head()).isEqualTo(head);
    }

    /** The title's trail once it holds {@code size} entries (the revocation policy runs after each fact commits). */
    private JsonNode trailOf(String title, int size) throws InterruptedException {
        JsonNode entries = null;
        for (int i = 0; i < 100; i++) {
            entries = api().get("/api/audit/commendations/" + title).json().get("entries");
            if (entries.size() >= size) {
                break;
            }
            Thread.sleep(100);
        }
        return entries;
    }

    /** A Lao động tiên tiến for 2024, approved. */
    private String approvedAdvancedWorker(String person, String decisionNo) {
        String title = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-%s", "period": "2024"}"""
                .formatted(p, person))).json().get("id").asText();
        created(api().post("/api/commendations/" + title + "/approve", """
                {"decisionNo": "%s", "decidedOn": "2025-01-15"}""".formatted(decisionNo)));
        return title;
    }

    /** A violation of the person on {@code day}, confirmed. */
    private String confirmedViolation(String person, String ruleCode, String day) {
        String violation = created(api().post("/api/violations", """
                {"subjectId": "%s-%s", "ruleCode": "%s", "occurredOn": "%s", "source": "SUPERVISOR"}"""
                .formatted(p, person, ruleCode, day))).json().get("id").asText();
        created(api().post("/api/violations/" + violation + "/confirm", "{\"reason\": \"Đã xác minh\"}"));
        return violation;
    }

    @Test
    void aTitleAViolationRevokedIsReinstatedWhenTheViolationIsRetractedOrItsDayMovedOutOfThePeriod()
            throws InterruptedException {
        civilServant("TR", "BD", "Đỗ Minh Trí");
        String title = approvedAdvancedWorker("TR", "21/QĐ-UBND");
        String mistaken = confirmedViolation("TR", "NK-2", "2024-11-02");
        assertThat(types(trailOf(title, 3))).endsWith("CommendationRevoked");
        created(api().post("/api/violations/" + mistaken + "/retract", "{\"reason\": \"Nhập nhầm người\"}"));
        JsonNode entries = trailOf(title, 4);
        assertThat(types(entries)).containsExactly("CommendationProposed", "CommendationApproved",
                "CommendationRevoked", "CommendationReinstated");
        assertThat(entries.get(3).get("actor").asText()).isEqualTo("system:title-revocation");
        assertThat(entries.get(3).get("data").get("reason").asText()).contains(mistaken, "Nhập nhầm người");

        // revoked again by another violation, reinstated when its day is corrected out of 2024
        String misdated = confirmedViolation("TR", "NK-1", "2024-06-01");
        assertThat(types(trailOf(title, 5))).endsWith("CommendationRevoked");
        created(api().post("/api/violations/" + misdated + "/amend", """
                {"occurredOn": "2025-02-01", "reason": "Ghi nhầm năm"}"""));
        assertThat(types(trailOf(title, 6))).endsWith("CommendationRevoked", "CommendationReinstated");
        // in force again: a second Lao động tiên tiến for 2024 is refused as the title is held
        String again = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TR", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        Api.Response twice = api().post("/api/commendations/" + again + "/approve", """
                {"decisionNo": "22/QĐ-UBND", "decidedOn": "2025-03-01"}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asText()).isEqualTo("TITLE_ONCE_PER_PERIOD");
    }

    @Test
    void aTitleIsReinstatedOnceNoConfirmedViolationIsLeftInItsPeriodAndOnlyOneOfTheSameTitle()
            throws InterruptedException {
        civilServant("TS", "BD", "Lý Thị Sen");
        String title = approvedAdvancedWorker("TS", "23/QĐ-UBND");
        String first = confirmedViolation("TS", "NK-2", "2024-03-01");
        assertThat(types(trailOf(title, 3))).endsWith("CommendationRevoked");
        String second = confirmedViolation("TS", "NK-1", "2024-08-01");
        // the violation named retracted, the other still stands in 2024: still revoked
        created(api().post("/api/violations/" + first + "/retract", "{\"reason\": \"Nhầm người\"}"));
        revocationPolicyReached(head());
        assertThat(types(trailOf(title, 3))).hasSize(3);
        // granted again meanwhile, then the last violation moved out of 2024: one title of the year comes back
        String again = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TS", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        Api.Response refused = api().post("/api/commendations/" + again + "/approve", """
                {"decisionNo": "24/QĐ-UBND", "decidedOn": "2025-02-15"}""");
        assertThat(refused.status()).isEqualTo(409);
        created(api().post("/api/violations/" + second + "/retract", "{\"reason\": \"Nhầm người\"}"));
        JsonNode entries = trailOf(title, 4);
        assertThat(types(entries)).endsWith("CommendationRevoked", "CommendationReinstated");
        assertThat(entries.get(3).get("data").get("reason").asText()).contains(second);
    }

    @Test
    void everyCertificateAViolationRevokedIsReinstated() throws InterruptedException {
        civilServant("GK", "BD", "Tạ Văn Khen");
        List<String> certificates = new java.util.ArrayList<>();
        for (String decision : new String[] {"25/QĐ-UBND", "26/QĐ-UBND"}) {
            String id = created(api().post("/api/commendations", """
                    {"title": "GIAY_KHEN", "recipientId": "%s-GK", "period": "2024"}""".formatted(p))).json()
                    .get("id").asText();
            created(api().post("/api/commendations/" + id + "/approve", """
                    {"decisionNo": "%s", "decidedOn": "2025-01-15"}""".formatted(decision)));
            certificates.add(id);
        }
        String violation = confirmedViolation("GK", "NK-1", "2024-04-01");
        for (String id : certificates) {
            assertThat(types(trailOf(id, 3))).endsWith("CommendationRevoked");
        }
        created(api().post("/api/violations/" + violation + "/retract", "{\"reason\": \"Nhầm người\"}"));
        // certificates may repeat in a period: both come back
        for (String id : certificates) {
            assertThat(types(trailOf(id, 4))).endsWith("CommendationReinstated");
        }
    }

    /** Waits until the title-revocation policy has handled the stream up to {@code position}. */
    private void revocationPolicyReached(long position) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Long reached = jdbc.sql("""
                            SELECT (substring(convert_from(token, 'UTF8') from '"(?:globalIndex|index)":([0-9]+)'))::bigint
                            FROM token_entry WHERE processor_name = 'title-revocation'""")
                    .query(Long.class).optional().orElse(null);
            if (reached != null && reached >= position) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the title-revocation policy did not reach position " + position);
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new java.util.ArrayList<>();
        entries.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void theFlagIsForTheUnitLeadingItsCluster() {
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "20", "20", "20");
        JsonNode leader = eligibility("BD");
        assertThat(leader.get("title").asText()).isEqualTo("CO_THI_DUA");
        assertThat(leader.get("eligible").asBoolean()).as(leader.toString()).isTrue();
        JsonNode second = eligibility("NL");
        assertThat(second.get("eligible").asBoolean()).isFalse();
        assertThat(second.get("reasons").get(0).get("code").asText()).isEqualTo("NOT_LEADING_CLUSTER");
        assertThat(second.get("reasons").get(0).get("message").asText()).contains("2/3", p + "-BD");
        // ranked first among units nobody evaluated is no lead; a district in no cluster has none
        assertThat(eligibility("GT").get("eligible").asBoolean()).isFalse();
        assertThat(eligibility("LB").get("reasons").get(0).get("code").asText()).isEqualTo("NOT_CLUSTER_MEMBER");
        assertThat(api().get("/api/eligibility?unit=" + p + "-BD&year=2024&title=LAO_DONG_TIEN_TIEN").status())
                .isEqualTo(400);
    }

    @Test
    void aClusterGivesOneFlagAYear() {
        evaluate("BD", "2024-05", "30", "30", "20");
        evaluate("NL", "2024-05", "20", "20", "20");
        // the council's decision went to NL (approval does not rank); the cluster is the only one NL belongs to
        String toNl = created(api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-NL", "period": "2024"}""".formatted(p)))
                .json().get("id").asText();
        created(api().post("/api/commendations/" + toNl + "/approve", """
                {"decisionNo": "21/QĐ-UBND", "decidedOn": "2025-01-20"}"""));
        // the cluster's audit trail holds its flag
        assertThat(types(api().get("/api/audit/clusters/" + p + "-CUM").json().get("entries")))
                .contains("CommendationProposed", "CommendationApproved");
        // a cụm the unit never belonged to is no flag of its own
        created(api().post("/api/clusters", """
                {"id": "%s-KHOI", "name": "Khối cơ quan", "kind": "KHOI"}""".formatted(p)));
        Api.Response stranger = api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-BD", "period": "2024", "clusterId": "%s-KHOI"}"""
                .formatted(p, p));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(409);
        assertThat(stranger.json().get("rule").asText()).isEqualTo("CO_THI_DUA_CLUSTER_MEMBER");
        String toBd = created(api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-BD", "period": "2024", "clusterId": "%s-CUM"}"""
                .formatted(p, p))).json().get("id").asText();
        Api.Response second = api().post("/api/commendations/" + toBd + "/approve", """
                {"decisionNo": "22/QĐ-UBND", "decidedOn": "2025-01-21"}""");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("rule").asText()).isEqualTo("CO_THI_DUA_ONCE_PER_CLUSTER");
        assertThat(second.json().get("detail").asText()).contains(p + "-NL", toNl);
        // the leader is told why it gets none
        JsonNode leader = eligibility("BD");
        assertThat(leader.get("eligible").asBoolean()).as(leader.toString()).isFalse();
        assertThat(leader.get("reasons").get(0).get("code").asText()).isEqualTo("CLUSTER_FLAG_TAKEN");
        assertThat(leader.get("reasons").get(0).get("message").asText()).contains(p + "-NL");
        // once the first flag is revoked, the cluster's flag is free again
        created(api().post("/api/commendations/" + toNl + "/revoke", """
                {"reason": "Quyết định khen thưởng bị hủy"}"""));
        assertThat(types(api().get("/api/audit/clusters/" + p + "-CUM").json().get("entries")))
                .contains("CommendationRevoked");
        assertThat(eligibility("BD").get("eligible").asBoolean()).isTrue();
        created(api().post("/api/commendations/" + toBd + "/approve", """
                {"decisionNo": "23/QĐ-UBND", "decidedOn": "2025-02-03"}"""));
        // a cluster that does not exist, and a title that names no cluster
        Api.Response unknown = api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-GT", "period": "2024", "clusterId": "%s-NONE"}"""
                .formatted(p, p));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        Api.Response notAFlag = api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s-GT", "period": "2024", "clusterId": "%s-CUM"}"""
                .formatted(p, p));
        assertThat(notAFlag.status()).as(notAFlag.toString()).isEqualTo(400);
        assertThat(notAFlag.json().get("errors").get(0).get("field").asText()).isEqualTo("clusterId");
    }

    @Test
    void twoFlagsOfOneClusterApprovedAtOnceAreOneFlag() throws Exception {
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // a flag rewards a whole year: one round a year the cluster's members belonged to it
            for (int year = 2024; year <= 2025; year++) {
                String period = String.valueOf(year);
                String decided = (year + 1) + "-01-15";
                List<String> proposals = new java.util.ArrayList<>();
                for (String ward : new String[] {"BD", "NL"}) {
                    proposals.add(created(api().post("/api/commendations", """
                            {"title": "CO_THI_DUA", "recipientId": "%s-%s", "period": "%s"}"""
                            .formatted(p, ward, period))).json().get("id").asText());
                }
                List<java.util.concurrent.Future<Api.Response>> approvals = new java.util.ArrayList<>();
                for (String id : proposals) {
                    approvals.add(both.submit(() -> api().post("/api/commendations/" + id + "/approve", """
                            {"decisionNo": "30/QĐ-UBND", "decidedOn": "%s"}""".formatted(decided))));
                }
                List<Integer> statuses = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Api.Response> approval : approvals) {
                    statuses.add(approval.get().status());
                }
                // whichever came first, and whether they were stored together or apart: one flag
                assertThat(statuses).as(period).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            both.shutdown();
        }
    }

    private JsonNode eligibility(String ward) {
        Api.Response response = api().get("/api/eligibility?unit=" + p + "-" + ward + "&year=2024&title=CO_THI_DUA");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void anEmulationTitleIsHeldOncePerYearAndAYearlyTitleRewardsAYear() {
        civilServant("TB", "BD", "Đặng Văn Bình");
        Api.Response quarter = api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TB", "period": "2024-Q2"}""".formatted(p));
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        String first = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TB", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        String second = created(api().post("/api/commendations", """
                {"title": "LAO_DONG_TIEN_TIEN", "recipientId": "%s-TB", "period": "2024"}"""
                .formatted(p))).json().get("id").asText();
        created(api().post("/api/commendations/" + first + "/approve", """
                {"decisionNo": "18/QĐ-UBND", "decidedOn": "2025-01-15"}"""));
        Api.Response twice = api().post("/api/commendations/" + second + "/approve", """
                {"decisionNo": "19/QĐ-UBND", "decidedOn": "2025-01-16"}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asText()).isEqualTo("TITLE_ONCE_PER_PERIOD");
        Api.Response early = api().post("/api/commendations/" + second + "/approve", """
                {"decisionNo": "19/QĐ-UBND", "decidedOn": "2023-01-16"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asText()).isEqualTo("decidedOn");
        // the flag goes to a cluster's member: the wards are, the district is not
        Api.Response flag = api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-LB", "period": "2024"}""".formatted(p));
        assertThat(flag.status()).isEqualTo(409);
        assertThat(flag.json().get("rule").asText()).isEqualTo("CO_THI_DUA_CLUSTER_MEMBER");
        created(api().post("/api/commendations", """
                {"title": "CO_THI_DUA", "recipientId": "%s-BD", "period": "2024"}""".formatted(p)));
    }
}
