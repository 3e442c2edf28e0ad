package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Criteria sets and evaluations over HTTP: publishing versions, scoring persons and units, corrections. */
class EvaluationIT extends NodeIT {

    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void prefix() {
        p = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static void assertRefused(Api.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(response.json().get("errors").get(0).get("field").asText()).as(response.toString())
                .isEqualTo(field);
    }

    private void district() {
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Ủy ban nhân dân quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));
        created(api().post("/api/persons", """
                {"id": "%s-HUONG", "unitId": "%s-PNV", "fullName": "Nguyễn Thị Thu Hương", "category": "CONG_CHUC"}"""
                .formatted(p, p)));
    }

    /** The API's example, under this test's prefix. */
    private String hn3814v1() {
        return """
                { "id": "%s-HN-3814", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                  "criteria": [ {"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70}, {"code": "BONUS", "max": 10} ],
                  "bands": [ {"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50}, {"level": "D", "min": 0} ],
                  "quota": {"level": "A", "maxShare": 0.30, "demoteTo": "B"},
                  "violationPenalty": [ {"rulePrefix": "NK-", "points": 5} ],
                  "sanctionCap": {"minForm": "KHIEN_TRACH", "maxLevel": "D"} }""".formatted(p);
    }

    /** The software-era version (1841-QĐ/TU, January 2022): bands unchanged, point split unconfirmed. */
    private String hn3814v2() {
        return """
                { "id": "%s-HN-3814", "version": 2, "subject": "PERSON", "effectiveFrom": "2022-01-01",
                  "title": "Đánh giá, xếp loại hằng tháng trên phần mềm", "legalBasis": "1841-QĐ/TU ngày 28/10/2021",
                  "unconfirmed": true,
                  "criteria": [ {"code": "DISCIPLINE", "max": 20, "label": "Ý thức tổ chức kỷ luật"},
                                {"code": "TASKS", "max": 70, "label": "Kết quả thực hiện nhiệm vụ"},
                                {"code": "BONUS", "max": 10, "label": "Điểm thưởng"} ],
                  "bands": [ {"level": "A", "min": 90, "label": "Hoàn thành xuất sắc nhiệm vụ"},
                             {"level": "B", "min": 70, "label": "Hoàn thành tốt nhiệm vụ"},
                             {"level": "C", "min": 50, "label": "Hoàn thành nhiệm vụ"},
                             {"level": "D", "min": 0, "label": "Không hoàn thành nhiệm vụ"} ],
                  "quota": {"level": "A", "maxShare": 0.30, "demoteTo": "B", "base": "CLASSIFIED"},
                  "violationPenalty": [ {"rulePrefix": "NK-", "points": 5}, {"rulePrefix": "NK-3", "points": 10.5} ],
                  "sanctionCap": {"minForm": "KHIEN_TRACH", "maxLevel": "D"} }""".formatted(p);
    }

    private String unitSet(String effectiveFrom) {
        return """
                { "id": "%s-LB-TAP-THE", "version": 1, "subject": "UNIT", "effectiveFrom": "%s",
                  "title": "Chấm điểm thi đua văn hóa công sở của tập thể",
                  "criteria": [ {"code": "GENERAL", "max": 20}, {"code": "ADMIN_REFORM", "max": 30},
                                {"code": "OFFICE", "max": 30},
                                {"code": "SATISFACTION", "max": 20, "source": "SURVEY", "label": "Sự hài lòng"} ],
                  "bands": [ {"level": "HTXS", "min": 90}, {"level": "HTT", "min": 70}, {"level": "HT", "min": 50},
                             {"level": "KHT", "min": 0} ] }""".formatted(p, effectiveFrom);
    }

    private String personEvaluation(String stage, String scores, String criteriaSet) {
        return """
                {"personId": "%s-HUONG", "period": "2024-05", "scores": %s %s %s}""".formatted(p, scores,
                stage == null ? "" : ", \"stage\": \"" + stage + "\"",
                criteriaSet == null ? "" : ", \"criteriaSet\": \"" + criteriaSet + "\"");
    }

    // criteria sets

    @Test
    void publishedVersionsAreListedExactlyAsPublished() {
        Api.Response first = created(api().post("/api/criteria-sets", hn3814v1()));
        assertThat(first.json().get("id").asText()).isEqualTo(p + "-HN-3814");
        created(api().post("/api/criteria-sets", hn3814v2()));

        Api.Response listed = api().get("/api/criteria-sets/" + p + "-HN-3814");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode versions = listed.json().get("versions");
        assertThat(versions).extracting(v -> v.get("version").asInt()).containsExactly(1, 2);
        assertThat(versions.get(0).get("subject").asText()).isEqualTo("PERSON");
        assertThat(versions.get(0).get("effectiveFrom").asText()).isEqualTo("2018-07-01");
        assertThat(versions.get(0).get("position").asLong()).isEqualTo(first.json().get("position").asLong());
        assertThat(versions.get(0).get("publishedBy").asText()).isEqualTo("admin");
        assertThat(versions.get(1).get("bands").get(0).get("label").asText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(versions.get(1).get("legalBasis").asText()).isEqualTo("1841-QĐ/TU ngày 28/10/2021");
        assertThat(versions.get(1).get("unconfirmed").asBoolean()).isTrue();
        // exact decimals, as written
        assertThat(listed.body()).contains("\"maxShare\":0.30").contains("\"points\":10.5");

        JsonNode second = api().get("/api/criteria-sets/" + p + "-HN-3814?version=2").json().get("versions");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("title").asText()).isEqualTo("Đánh giá, xếp loại hằng tháng trên phần mềm");
        assertThat(api().get("/api/criteria-sets/" + p + "-HN-3814?period=2021-12").json().get("versions").get(0)
                .get("version").asInt()).isEqualTo(1);
        assertThat(api().get("/api/criteria-sets/" + p + "-HN-3814?period=2024-05").json().get("versions").get(0)
                .get("version").asInt()).isEqualTo(2);
        assertThat(api().get("/api/criteria-sets/" + p + "-HN-3814?asOf=pos:" + first.json().get("position").asLong())
                .json().get("versions")).hasSize(1);
        // a moment answers the position it stands for, whose versions pos:N gives again; an unreached one is refused
        JsonNode atMoment = api().get("/api/criteria-sets?asOf=2020-01-01").json();
        assertThat(atMoment.get("criteriaSets")).isEmpty();
        assertThat(api().get("/api/criteria-sets?asOf=pos:" + atMoment.get("position").asLong()).json()
                .get("criteriaSets")).isEmpty();
        long head = api().get("/api/criteria-sets").json().get("position").asLong();
        assertThat(api().get("/api/criteria-sets?asOf=pos:" + (head + 1000)).status()).isEqualTo(400);
        assertThat(api().get("/api/criteria-sets/" + p + "-HN-3814?asOf=pos:" + (head + 1000)).status())
                .isEqualTo(400);

        JsonNode all = api().get("/api/criteria-sets?subject=PERSON").json().get("criteriaSets");
        assertThat(all).filteredOn(v -> v.get("id").asText().equals(p + "-HN-3814")).hasSize(2);

        JsonNode trail = api().get("/api/audit/criteria-sets/" + p + "-HN-3814").json().get("entries");
        assertThat(trail).extracting(e -> e.get("type").asText())
                .containsExactly("CriteriaSetPublished", "CriteriaSetPublished");
        assertThat(trail.get(0).get("occurredOn").asText()).isEqualTo("2018-07-01");
        assertThat(trail.get(1).get("data").get("criteriaSet").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aCriteriaSetPublishedWithoutAnIdGetsAGeneratedOne() {
        Api.Response published = created(api().post("/api/criteria-sets",
                hn3814v1().replace("\"id\": \"%s-HN-3814\", ".formatted(p), "")));
        String id = published.json().get("id").asText();
        assertThat(id).matches("[A-Za-z0-9._-]{1,64}");
        Api.Response read = api().get("/api/criteria-sets/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body()).contains("DISCIPLINE");
    }

    @Test
    void criteriaSetReadsAreRefusedForUnknownSetsAndVersions() {
        assertThat(api().get("/api/criteria-sets/" + p + "-NONE").status()).isEqualTo(404);
        created(api().post("/api/criteria-sets", hn3814v1()));
        assertRefused(api().get("/api/criteria-sets/" + p + "-HN-3814?version=9"), 404, "CRITERIA_SET_VERSION_EXISTS",
                "version");
        assertRefused(api().get("/api/criteria-sets/" + p + "-HN-3814?period=2017"), 404, "CRITERIA_SET_IN_FORCE",
                "period");
        assertRefused(api().get("/api/criteria-sets?subject=TEAM"), 400, "QUERY_PARAMETER", "subject");
    }

    @Test
    void invalidDefinitionsAreRefusedNamingRuleAndFieldAndStoreNothing() {
        long before = eventCount();
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("{\"level\": \"C\", \"min\": 50}",
                "{\"level\": \"C\", \"min\": 75}")), 400, "CRITERIA_SET_BANDS_ORDERED", "bands[2].min");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("{\"level\": \"D\", \"min\": 0}",
                "{\"level\": \"D\", \"min\": 10}")), 400, "CRITERIA_SET_BANDS_FROM_ZERO", "bands[3].min");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("0.30", "1.5")), 400,
                "CRITERIA_SET_QUOTA_SHARE", "quota.maxShare");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("\"max\": 70", "\"max\": 0")), 400,
                "CRITERIA_SET_CRITERION_MAX_POSITIVE", "criteria[1].max");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("KHIEN_TRACH", "DUOI_VIEC")), 400,
                "CRITERIA_SET_SANCTION_FORM_KNOWN", "sanctionCap.minForm");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("\"BONUS\", \"max\": 10",
                "\"BONUS\", \"max\": 10, \"source\": \"SURVEY\"")), 400, "CRITERIA_SET_SURVEY_FOR_UNITS",
                "criteria[2].source");
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("\"effectiveFrom\": \"2018-07-01\",", "")),
                400, "INPUT_VALID", "effectiveFrom");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void publishedVersionsAreNeverEditedAndFollowEachOther() {
        created(api().post("/api/criteria-sets", hn3814v1()));
        created(api().post("/api/criteria-sets", hn3814v2().replace("\"version\": 2", "\"version\": 3")));
        long before = eventCount();
        assertRefused(api().post("/api/criteria-sets", hn3814v1().replace("2018-07-01", "2018-08-01")), 409,
                "CRITERIA_SET_VERSION_PUBLISHED", "version");
        assertRefused(api().post("/api/criteria-sets", hn3814v2()), 409, "CRITERIA_SET_VERSION_ORDER", "version");
        assertRefused(api().post("/api/criteria-sets", hn3814v2().replace("\"version\": 2", "\"version\": 4")
                .replace("PERSON", "UNIT")), 409, "CRITERIA_SET_SUBJECT_UNCHANGED", "subject");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api().get("/api/criteria-sets/" + p + "-HN-3814").json().get("versions")).hasSize(2);
    }

    // person evaluations

    @Test
    void personIsEvaluatedStageByStageAndASecondDecisionIsACorrection() {
        district();
        created(api().post("/api/criteria-sets", hn3814v1()));
        created(api().post("/api/criteria-sets", hn3814v2()));
        String set = p + "-HN-3814";

        Api.Response self = created(api().post("/api/evaluations/persons", personEvaluation("SELF_ASSESSMENT",
                "{\"DISCIPLINE\": 20, \"TASKS\": 70, \"BONUS\": 10}", set)));
        String id = p + "-HUONG.2024-05";
        assertThat(self.json().get("id").asText()).isEqualTo(id);
        created(api().post("/api/evaluations/persons", personEvaluation("LEADER_REVIEW",
                "{\"DISCIPLINE\": 19, \"TASKS\": 65, \"BONUS\": 5}", set)));
        created(api().post("/api/evaluations/persons", personEvaluation(null,
                "{\"DISCIPLINE\": 19, \"TASKS\": 62.5, \"BONUS\": 5}", set)));
        Api.Response corrected = created(api().post("/api/evaluations/persons", personEvaluation("HEAD_DECISION",
                "{\"DISCIPLINE\": 20, \"TASKS\": 69.99}", set + "@1")));

        Api.Response audit = api().get("/api/audit/evaluations/" + id);
        JsonNode entries = audit.json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText()).containsExactly("PersonSelfAssessed",
                "PersonEvaluationReviewed", "PersonEvaluated", "PersonEvaluationCorrected");
        assertThat(entries).extracting(e -> e.get("period").asText()).containsOnly("2024-05");
        JsonNode decision = entries.get(2).get("data");
        assertThat(decision.get("criteriaSetId").asText()).isEqualTo(set);
        assertThat(decision.get("criteriaSetVersion").asInt()).isEqualTo(2);
        assertThat(decision.get("unitId").asText()).isEqualTo(p + "-PNV");
        JsonNode correction = entries.get(3).get("data");
        assertThat(entries.get(3).get("position").asLong()).isEqualTo(corrected.json().get("position").asLong());
        assertThat(correction.get("stage").asText()).isEqualTo("HEAD_DECISION");
        assertThat(correction.get("correctsSequence").asLong()).isEqualTo(2);
        assertThat(correction.get("corrects").asText()).isNotBlank();
        assertThat(correction.get("criteriaSetVersion").asInt()).isEqualTo(1);
        assertThat(correction.get("previousCriteriaSetVersion").asInt()).isEqualTo(2);
        assertThat(correction.get("previousScores").get("TASKS").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(audit.body()).contains("\"TASKS\": 69.99"); // exact, as entered (the trail is JSONB)

        assertThat(api().get("/api/audit/persons/" + p + "-HUONG?period=2024-05").json().get("entries"))
                .hasSize(4);
        assertThat(api().get("/api/audit/units/" + p + "-PNV?period=2024-05").json().get("entries")).hasSize(4);

        long before = eventCount();
        assertRefused(api().post("/api/evaluations/persons", personEvaluation("SELF_ASSESSMENT",
                "{\"TASKS\": 70}", set)), 409, "EVALUATION_ALREADY_DECIDED", "stage");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anEvaluationSentAgainExactlyAsItStandsIsAnsweredAsAReplayAndStoresNothing() {
        district();
        created(api().post("/api/criteria-sets", hn3814v1()));
        String set = p + "-HN-3814@1";
        String scores = "{\"DISCIPLINE\": 20, \"TASKS\": 62.5, \"BONUS\": 5}";
        Api.Response first = created(api().post("/api/evaluations/persons", personEvaluation(null, scores, set)));
        // the stream moves on meanwhile
        created(api().post("/api/units", """
                {"id": "%s-X", "name": "Phòng Tư pháp", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)));

        long before = eventCount();
        Api.Response again = api().post("/api/evaluations/persons", personEvaluation(null, scores, set));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(again.json().get("position").asLong()).as("the position of the event that made it so")
                .isEqualTo(first.json().get("position").asLong());
        assertThat(eventCount()).isEqualTo(before);

        // any difference is a correction, stored and answered 201
        created(api().post("/api/evaluations/persons", personEvaluation(null,
                "{\"DISCIPLINE\": 20, \"TASKS\": 63, \"BONUS\": 5}", set)));
    }

    @Test
    void personCriteriaSetInForceForTheMonthIsUsedWhenNoneIsNamed() {
        district();
        // a year long past that no other test uses (months ahead are refused), so that this set is the one in
        // force whatever else the node holds
        int year = ThreadLocalRandom.current().nextInt(1000, 1900);
        created(api().post("/api/criteria-sets", hn3814v1().replace("2018-07-01", year + "-01-01")));
        Api.Response evaluated = created(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "%d-03", "scores": {"DISCIPLINE": 19.99, "TASKS": 70}}"""
                .formatted(p, year)));
        JsonNode data = api().get("/api/audit/evaluations/" + evaluated.json().get("id").asText()).json()
                .get("entries").get(0).get("data");
        assertThat(data.get("criteriaSetId").asText()).isEqualTo(p + "-HN-3814");
        assertThat(data.get("criteriaSetVersion").asInt()).isEqualTo(1);
        assertThat(data.get("scores").get("DISCIPLINE").decimalValue()).isEqualByComparingTo("19.99");
    }

    @Test
    void personSetsTakingEffectTheSameDayMustBeNamed() {
        district();
        int year = ThreadLocalRandom.current().nextInt(1000, 1900);
        created(api().post("/api/criteria-sets", hn3814v1().replace("2018-07-01", year + "-01-01")));
        created(api().post("/api/criteria-sets", hn3814v1().replace("2018-07-01", year + "-01-01")
                .replace("-HN-3814", "-LB-3814")));
        long before = eventCount();
        Api.Response ambiguous = api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "%d-02", "scores": {"TASKS": 60}}""".formatted(p, year));
        assertRefused(ambiguous, 400, "EVALUATION_CRITERIA_SET_AMBIGUOUS", "criteriaSet");
        assertThat(ambiguous.json().get("detail").asText()).contains(p + "-HN-3814@1", p + "-LB-3814@1");
        assertThat(eventCount()).isEqualTo(before);
        created(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "%d-02", "scores": {"TASKS": 60}, "criteriaSet": "%s-LB-3814"}"""
                .formatted(p, year, p)));
    }

    @Test
    void personEvaluationRefusalsNameRuleAndFieldAndStoreNothing() {
        district();
        created(api().post("/api/criteria-sets", hn3814v1()));
        created(api().post("/api/criteria-sets", unitSet("2019-01-01")));
        String set = p + "-HN-3814";
        long before = eventCount();

        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"DISCIPLINE\": -1}", set)),
                400, "EVALUATION_POINTS_NOT_NEGATIVE", "scores.DISCIPLINE");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 62.12345}", set)),
                400, "EVALUATION_POINTS_PRECISION", "scores.TASKS");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 1e20}", set)),
                400, "EVALUATION_POINTS_PRECISION", "scores.TASKS");
        // every refused score at once, each with its rule
        Api.Response several = api().post("/api/evaluations/persons",
                personEvaluation(null, "{\"DISCIPLINE\": -2, \"FOO\": 1, \"TASKS\": -3}", set));
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.json().get("errors")).extracting(e -> e.get("field").asText() + " " + e.get("rule").asText())
                .containsExactly("scores.DISCIPLINE EVALUATION_POINTS_NOT_NEGATIVE",
                        "scores.FOO EVALUATION_CRITERION_KNOWN",
                        "scores.TASKS EVALUATION_POINTS_NOT_NEGATIVE");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": null}", set)),
                400, "EVALUATION_POINTS_REQUIRED", "scores.TASKS");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"SATISFACTION\": 5}", set)),
                400, "EVALUATION_CRITERION_KNOWN", "scores.SATISFACTION");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 60}",
                p + "-LB-TAP-THE")), 400, "EVALUATION_CRITERIA_SET_SUBJECT", "criteriaSet");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 60}",
                p + "-NONE")), 404, "REFERENCE_EXISTS", "criteriaSet");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 60}", set + "@5")),
                404, "CRITERIA_SET_VERSION_EXISTS", "criteriaSet");
        assertRefused(api().post("/api/evaluations/persons", personEvaluation(null, "{\"TASKS\": 60}", set + "@x")),
                400, "CRITERIA_SET_REF_FORMAT", "criteriaSet");
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "2024-Q2", "scores": {"TASKS": 60}}""".formatted(p)),
                400, "EVALUATION_PERIOD_MONTH", "period");
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "tháng 5", "scores": {"TASKS": 60}}""".formatted(p)),
                400, "PERIOD_FORMAT", "period");
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "1001-01", "scores": {"TASKS": 60}}""".formatted(p)),
                400, "EVALUATION_CRITERIA_SET_IN_FORCE", "criteriaSet");
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-NOBODY", "period": "2024-05", "scores": {"TASKS": 60}, "criteriaSet": "%s"}"""
                .formatted(p, set)), 404, "REFERENCE_EXISTS", "personId");
        assertRefused(api().post("/api/evaluations/persons", """
                {"personId": "%s-HUONG", "period": "2024-05"}""".formatted(p)), 400, "INPUT_VALID", "scores");

        assertThat(eventCount()).isEqualTo(before);
        assertThat(api().get("/api/audit/evaluations/" + p + "-HUONG.2024-05").status()).isEqualTo(404);
    }

    // unit evaluations

    @Test
    void unitIsEvaluatedForAnyPeriodAndASecondEvaluationIsACorrection() {
        district();
        created(api().post("/api/criteria-sets", unitSet("2019-01-01")));
        String set = p + "-LB-TAP-THE";
        Api.Response quarter = created(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024-Q2", "criteriaSet": "%s",
                 "scores": {"GENERAL": 18, "ADMIN_REFORM": 27.5, "OFFICE": 29.99}, "note": "Đánh giá quý II"}"""
                .formatted(p, set)));
        String id = p + "-PNV.2024-04-01_2024-06-30";
        assertThat(quarter.json().get("id").asText()).isEqualTo(id);
        created(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024-04-01..2024-06-30", "criteriaSet": "%s",
                 "scores": {"GENERAL": 19, "ADMIN_REFORM": 27.5, "OFFICE": 29.99}}""".formatted(p, set)));
        Api.Response year = created(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024", "criteriaSet": "%s@1", "scores": {"GENERAL": 20}}"""
                .formatted(p, set)));
        assertThat(year.json().get("id").asText()).isEqualTo(p + "-PNV.2024");

        JsonNode entries = api().get("/api/audit/evaluations/" + id).json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText())
                .containsExactly("UnitEvaluated", "UnitEvaluationCorrected");
        assertThat(entries.get(0).get("typeLabel").asText()).isEqualTo("Đánh giá đơn vị");
        // written as a quarter, then as its days: the same period, shown as the quarter it is
        assertThat(entries).extracting(e -> e.get("period").asText()).containsExactly("2024-Q2", "2024-Q2");
        assertThat(entries.get(0).get("data").get("note").asText()).isEqualTo("Đánh giá quý II");
        assertThat(entries.get(1).get("data").get("correctsSequence").asLong()).isZero();
        assertThat(entries.get(1).get("data").get("previousScores").get("GENERAL").asInt()).isEqualTo(18);
        assertThat(api().get("/api/audit/units/" + p + "-PNV").json().get("entries"))
                .extracting(e -> e.get("type").asText())
                .containsSubsequence("UnitEvaluated", "UnitEvaluationCorrected", "UnitEvaluated");
    }

    @Test
    void unitEvaluationRefusalsNameRuleAndFieldAndStoreNothing() {
        district();
        created(api().post("/api/criteria-sets", unitSet("2019-01-01")));
        created(api().post("/api/criteria-sets", hn3814v1()));
        String set = p + "-LB-TAP-THE";
        long before = eventCount();

        assertRefused(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024", "criteriaSet": "%s", "scores": {"SATISFACTION": 20}}"""
                .formatted(p, set)), 400, "EVALUATION_CRITERION_DERIVED", "scores.SATISFACTION");
        assertRefused(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024", "criteriaSet": "%s", "scores": {"OFFICE": -31}}"""
                .formatted(p, set)), 400, "EVALUATION_POINTS_NOT_NEGATIVE", "scores.OFFICE");
        assertRefused(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2024", "criteriaSet": "%s-HN-3814", "scores": {"TASKS": 60}}"""
                .formatted(p, p)), 400, "EVALUATION_CRITERIA_SET_SUBJECT", "criteriaSet");
        assertRefused(api().post("/api/evaluations/units", """
                {"unitId": "%s-PNV", "period": "2018", "criteriaSet": "%s", "scores": {"OFFICE": 20}}"""
                .formatted(p, set)), 400, "EVALUATION_CRITERIA_SET_IN_FORCE", "criteriaSet");
        assertRefused(api().post("/api/evaluations/units", """
                {"unitId": "%s-NOWHERE", "period": "2024", "criteriaSet": "%s", "scores": {"OFFICE": 20}}"""
                .formatted(p, set)), 404, "REFERENCE_EXISTS", "unitId");
        assertThat(eventCount()).isEqualTo(before);
    }
}
