package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies are read as written: wrong types and text PostgreSQL cannot hold are refused on their field, unstored. */
class StrictInputIT extends NodeIT {

    private String p;

    @BeforeEach
    void unit() {
        p = "x" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().post("/api/units", """
                {"id": "%s-U", "name": "Phòng Văn hóa", "kind": "AGENCY"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/units", """
                {"id": "%s-V", "name": "Phòng Y tế", "kind": "AGENCY"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/persons", """
                {"id": "%s-P", "unitId": "%s-U", "fullName": "Ngô Thị Hà", "category": "VIEN_CHUC"}"""
                .formatted(p, p)).status()).isEqualTo(201);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }

    private void refusedOn(String field, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("vn.thidua", "java.");
    }

    @Test
    void textHoldingANulCharacterIsRefusedAndTheViewsKeepFollowing() {
        long head = head();
        refusedOn("fullName", api().post("/api/persons", """
                {"id": "%s-N", "unitId": "%s-U", "fullName": "x\\u0000y", "category": "CAN_BO"}""".formatted(p, p)));
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-N", "name": "Phòng\\u0000", "kind": "AGENCY"}""".formatted(p)));
        assertThat(head()).isEqualTo(head);
        // the node still follows the stream
        assertThat(api().post("/api/units", """
                {"id": "%s-W", "name": "Phòng Tư pháp", "kind": "AGENCY"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().get("/api/audit/units/" + p + "-W").status()).isEqualTo(200);
    }

    @Test
    void anIdInTheQueryStringHasTheIdsFormatIsGivenOnceAndHoldsNoControlCharacter() {
        ok(api().post("/api/clusters", """
                {"id": "%s-C", "name": "Cụm thi đua số 1", "kind": "CUM"}""".formatted(p)));
        refusedOn("cluster", api().get("/api/rankings?cluster=%00&period=2024-06"));
        refusedOn("cluster", api().get("/api/what-if?cluster=" + p + "-C%00&period=2024&baseline=VN.VHCS-DV@1"
                + "&candidate=VN.VHCS-DV@1"));
        refusedOn("cluster", api().get("/api/stream/rankings?cluster=" + p + "-C%00&period=2024"));
        refusedOn("person", api().get("/api/eligibility?person=" + p + "-P%00&year=2024"));
        refusedOn("unit", api().get("/api/dossiers?unit=a/b&period=2024"));
        refusedOn("unit", api().get("/api/classifications?unit=a%20b&period=2024-05"));
        refusedOn("cluster", api().get("/api/rankings?cluster=" + p + "-C&cluster=" + p + "-C&period=2024-06"));
        refusedOn("period", api().get("/api/rankings?cluster=" + p + "-C&period=campaign:X%00:final"));
        assertThat(api().get("/api/rankings?cluster=" + p + "-C&period=2024-06&criteriaSet=VN.VHCS-DV@1").status())
                .isEqualTo(200);
    }

    @Test
    void aViewRefusesAParameterItDoesNotTakeAndNamesTheOnesItDoes() {
        ok(api().post("/api/clusters", """
                {"id": "%s-C2", "name": "Cụm thi đua số 3", "kind": "CUM"}""".formatted(p)));
        // a misspelt asOf would have answered the head as if asked for a past moment
        Api.Response misspelt = api().get("/api/rankings?cluster=" + p + "-C2&period=2024-06&asof=pos:1");
        refusedOn("asof", misspelt);
        assertThat(misspelt.json().get("errors").get(0).get("rule").asText()).isEqualTo("PARAMETER_UNKNOWN");
        assertThat(misspelt.json().get("detail").asText()).contains("'asOf'").contains("criteriaSet");
        refusedOn("peroid", api().get("/api/audit/clusters/" + p + "-C2?peroid=2024"));
        refusedOn("x", api().get("/api/integrity/verify?x=1"));
        // and takes each once: a second day was silently dropped
        Api.Response twice = api().get("/api/persons/" + p + "-P/discipline?on=2024-06-01&on=2024-07-01");
        refusedOn("on", twice);
        assertThat(twice.json().get("errors").get(0).get("rule").asText()).isEqualTo("PARAMETER_REPEATED");
        // the ones a view takes, and a file where one is offered, pass
        assertThat(api().get("/api/rankings?cluster=" + p + "-C2&period=2024-06&criteriaSet=VN.VHCS-DV@1&asOf="
                + "2099-01-01").status()).isEqualTo(200);
        assertThat(api().get("/api/audit/clusters/" + p + "-C2?format=csv").status()).isEqualTo(200);
    }

    @Test
    void everyFieldOfABodyThatDoesNotReadIsNamedAtOnce() {
        long head = head();
        Api.Response refused = api().post("/api/units", """
                {"id": "%s-W", "name": 5, "kind": "BOGUS", "parentId": 7}""".formatted(p));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        // Jackson stops at the first; the client corrects the body once, not three times
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("name", "kind", "parentId");
        assertThat(refused.json().get("errors").get(1).get("message").asText()).contains("BOGUS").contains("DIVISION");
        // one field alone is named as before, and a nested one by its path
        Api.Response alone = api().post("/api/units", """
                {"id": "%s-W", "name": "Phường W", "kind": "COMMUNE", "parentId": 7}""".formatted(p));
        assertThat(alone.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("parentId");
        Api.Response nested = api().post("/api/evaluations/persons", """
                {"personId": "%s-P", "period": "2024-05", "scores": {"TASKS": "mười"}, "stage": 3}""".formatted(p));
        assertThat(nested.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("scores.TASKS", "stage");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aPeriodInABodyIsReadAsWrittenNotTrimmed() {
        long head = head();
        // " 2024-05" was read as May and stored as a correction of May's evaluation; dates were refused already
        refusedOn("period", api().post("/api/surveys", """
                {"unitId": "%s-U", "period": "2024-05\\t", "respondents": 10, "satisfied": 5}""".formatted(p)));
        refusedOn("period", api().post("/api/evaluations/units", """
                {"unitId": "%s-U", "period": " 2024-05", "scores": {"GENERAL": 20}}""".formatted(p)));
        refusedOn("period", api().post("/api/evaluations/persons", """
                {"personId": "%s-P", "period": "2024-05 ", "scores": {"TASKS": 20}}""".formatted(p)));
        refusedOn("period", api().post("/api/commendations", """
                {"title": "GIAY_KHEN", "recipientId": "%s-P", "period": "2024\u2003"}""".formatted(p)));
        refusedOn("period", api().post("/api/inspections", """
                {"team": "Đoàn", "targetUnitId": "%s-U", "period": "\u30002024"}""".formatted(p)));
        // blank is told once, as blank
        Api.Response blank = api().post("/api/surveys", """
                {"unitId": "%s-U", "period": "  ", "respondents": 10, "satisfied": 5}""".formatted(p));
        refusedOn("period", blank);
        assertThat(blank.json().get("errors")).hasSize(1);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void anIdOfNoValidFormatInAWritesPathIsMalformedInputAsInEveryPath() {
        long head = head();
        refusedOn("id", api().post("/api/persons/bad%20id/transfers", """
                {"toUnitId": "%s-U", "effectiveOn": "2024-02-01"}""".formatted(p)));
        refusedOn("id", api().post("/api/units/b%C3%A1d/rename", "{\"name\": \"Phường Mới\"}"));
        refusedOn("unitId", api().post("/api/clusters/" + p + "-C/members/bad%20id/end", "{\"to\": \"2024-12-31\"}"));
        refusedOn("campaignId", api().post("/api/campaigns/bad%20id/registrations", """
                {"unitId": "%s-U", "year": 2024, "registeredOn": "2024-01-20", "targets": ["Lao động tiên tiến"]}"""
                .formatted(p)));
        assertThat(api().post("/api/violations/bad%20id/confirm", "{\"reason\": \"x\"}").json().get("errors")
                .get(0).get("rule").asText()).isEqualTo("ID_FORMAT");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aParameterThatDoesNotDecodeIsRefusedRatherThanDropped() throws Exception {
        ok(api().post("/api/clusters", """
                {"id": "%s-C5", "name": "Cụm thi đua số 5", "kind": "CUM"}""".formatted(p)));
        String view = "/api/rankings?cluster=" + p + "-C5&period=2024";
        // the server would drop asOf and answer the head, as if it were the moment asked for
        String cut = raw("GET", view + "&asOf=pos:1%", "", "");
        assertThat(cut).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("PARAMETER_ENCODING")
                .contains("\"field\":\"asOf\"");
        assertThat(raw("GET", view + "&asOf=pos%ZZ1", "", "")).startsWith("HTTP/1.1 400")
                .contains("\"field\":\"asOf\"");
        // escapes that are no UTF-8 text, and a name that does not decode
        assertThat(raw("GET", view + "&criteriaSet=%C3%28", "", "")).startsWith("HTTP/1.1 400")
                .contains("\"field\":\"criteriaSet\"");
        assertThat(raw("GET", view + "&as%ZZOf=pos:1", "", "")).startsWith("HTTP/1.1 400")
                .contains("PARAMETER_ENCODING").contains("\"field\":\"as%ZZOf\"");
        // well-formed escapes read as ever
        assertThat(raw("GET", "/api/rankings?cluster=" + p + "-C5&period=2024%2D06&criteriaSet=VN.VHCS-DV%401", "", ""))
                .startsWith("HTTP/1.1 200");
        assertThat(raw("GET", "/api/audit/clusters/" + p + "-C5?period=2024", "", "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void anAnswerIsLabelledAProblemOnlyWhenItIsOne() {
        ok(api().post("/api/clusters", """
                {"id": "%s-C3", "name": "Cụm thi đua số 4", "kind": "CUM"}""".formatted(p)));
        Api.Response ranking = api().call("GET", "/api/rankings?cluster=" + p + "-C3&period=2024-06", "Accept",
                "application/problem+json");
        assertThat(ranking.status()).as(ranking.toString()).isEqualTo(200);
        assertThat(ranking.contentType()).startsWith("application/json");
        Api.Response refused = api().call("GET", "/api/rankings?cluster=" + p + "-C3", "Accept",
                "application/problem+json");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theErrorPageAskedForByItselfIsNoPage() {
        for (Api.Response error : List.of(api().get("/error"), Api.anonymous(port).get("/error"))) {
            assertThat(error.status()).as(error.toString()).isEqualTo(404);
            assertThat(error.contentType()).startsWith("application/problem+json");
        }
        // the errors forwarded there are still answered as problems
        Api.Response unknown = api().get("/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theYearOneHasNoPeriodBeforeItAndIsAnsweredAsAnyOther() {
        ok(api().post("/api/clusters", """
                {"id": "%s-C1", "name": "Cụm thi đua số 2", "kind": "CUM"}""".formatted(p)));
        for (String period : new String[] {"0001-01", "0001", "0001-Q1", "1000-01-01..2026-12-31"}) {
            Api.Response ranking = api().get("/api/rankings?cluster=" + p + "-C1&period=" + period
                    + "&criteriaSet=VN.VHCS-DV@1");
            assertThat(ranking.status()).as(period + " " + ranking).isEqualTo(200);
        }
        assertThat(api().get("/api/rankings?cluster=" + p + "-C1&period=0001-01&criteriaSet=VN.VHCS-DV@1").json()
                .get("previousPeriod").isNull()).isTrue();
        Api.Response year = api().get("/api/classifications?unit=" + p + "-U&period=0001");
        assertThat(year.status()).as(year.toString()).isEqualTo(200);
        Api.Response eligibility = api().get("/api/eligibility?person=" + p + "-P&year=1");
        assertThat(eligibility.status()).as(eligibility.toString()).isIn(200, 400);
        assertThat(api().get("/api/audit/units/" + p + "-U?period=05/2024").status()).isEqualTo(200);
        Api.Response dossier = api().get("/api/dossiers?unit=" + p + "-U&period=0001");
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
    }

    @Test
    void aBodyIsOneObjectWithNothingAfterIt() {
        long head = head();
        refusedOn("body", api().post("/api/units", """
                {"id": "%s-T1", "name": "Phòng Văn hóa", "kind": "AGENCY"}{"id": "%s-T2"}""".formatted(p, p)));
        refusedOn("body", api().post("/api/units", """
                {"id": "%s-T3", "name": "Phòng Văn hóa", "kind": "AGENCY"} rác""".formatted(p)));
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aMomentBeyondWhatTheDatabaseCountsIsBeforeAnythingOrFromNowOn() {
        Api.Response farFuture = api().get("/api/audit/units/" + p + "-U?asOf=%2B294277-01-01T00:00:00Z");
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(200);
        assertThat(farFuture.json().get("entries")).isNotEmpty();
        Api.Response farPast = api().get("/api/units?asOf=-4714-11-24T00:00:00Z");
        assertThat(farPast.status()).as(farPast.toString()).isEqualTo(200);
        assertThat(farPast.json().get("position").asLong()).isEqualTo(-1);
    }

    @Test
    void aYearHasFourDigits() {
        for (String year : new String[] {"10000", "0", "-1"}) {
            refusedOn("year", api().get("/api/eligibility?person=" + p + "-P&year=" + year));
        }
    }

    @Test
    void aDateIsWrittenAsADateNotAsANumber() {
        long head = head();
        refusedOn("effectiveOn", api().post("/api/persons/" + p + "-P/transfers", """
                {"toUnitId": "%s-V", "effectiveOn": 20240601}""".formatted(p)));
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aDateIsTextOfAFourDigitYearAndNothingElse() {
        long head = head();
        for (String date : new String[] {"\"-0001-01-01\"", "\"+10000-01-01\"", "\"0000-12-31\"", "[2024, 6, 1]",
                "\"2024-06-01 \"", "\"2024-6-1\"", "\"2024-02-30\""}) {
            refusedOn("effectiveOn", api().post("/api/persons/" + p + "-P/transfers", """
                    {"toUnitId": "%s-V", "effectiveOn": %s}""".formatted(p, date)));
        }
        // empty text is no date: a required one is then missing
        refusedOn("effectiveOn", api().post("/api/persons/" + p + "-P/transfers", """
                {"toUnitId": "%s-V", "effectiveOn": ""}""".formatted(p)));
        refusedOn("to", api().post("/api/persons/" + p + "-P/leaves", """
                {"kind": "MATERNITY", "from": "2024-05-01", "to": "+10000-04-01"}"""));
        assertThat(head()).isEqualTo(head);
        // a date the audit trail could not print had left its entry out of it
        assertThat(api().get("/api/audit/persons/" + p + "-P").json().get("entries")).hasSize(1);
    }

    @Test
    void refusalsSayWhyInWordsOfTheirOwn() {
        Api.Response date = api().post("/api/persons/" + p + "-P/transfers", """
                {"toUnitId": "%s-V", "effectiveOn": "2024-6-1"}""".formatted(p));
        refusedOn("effectiveOn", date);
        assertThat(date.json().get("errors").get(0).get("message").asText()).contains("yyyy-MM-dd");
        Api.Response huge = api().post("/api/surveys", """
                {"unitId": "%s-U", "period": "2024-05", "respondents": 3000000000, "satisfied": 1}""".formatted(p));
        refusedOn("respondents", huge);
        assertThat(huge.json().get("errors").get(0).get("message").asText()).contains("vượt quá giới hạn");
        Api.Response subject = api().get("/api/criteria-sets?subject=NOPE");
        refusedOn("subject", subject);
        assertThat(subject.json().get("detail").asText()).contains("PERSON", "UNIT").doesNotContain("enum");
        // a unit set named for a classification is looked up even where no quota would ask about the unit
        Api.Response unknownSet = api().get("/api/classifications?unit=" + p + "-U&period=2024-05"
                + "&criteriaSet=VN.ND-335@1&unitCriteriaSet=NOPE@7");
        assertThat(unknownSet.status()).as(unknownSet.toString()).isEqualTo(404);
    }

    @Test
    void aNameIsNeverReadFromItsPlaceInTheList() {
        long head = head();
        // the ninth form is buộc thôi việc: read as its place, 8 dismissed a person
        refusedOn("kind", api().post("/api/units", """
                {"id": "%s-K", "name": "Phòng Nội vụ", "kind": 3}""".formatted(p)));
        refusedOn("kind", api().post("/api/units", """
                {"id": "%s-K", "name": "Phòng Nội vụ", "kind": "3"}""".formatted(p)));
        refusedOn("category", api().post("/api/persons", """
                {"id": "%s-C", "unitId": "%s-U", "fullName": "Lý Văn Lâm", "category": 1}""".formatted(p, p)));
        // nor trimmed into one: " DIVISION" is not a name of the list
        refusedOn("kind", api().post("/api/units", """
                {"id": "%s-K", "name": "Phòng Nội vụ", "kind": " AGENCY"}""".formatted(p)));
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void textHoldsNoControlCharacterNorHalfASurrogatePair() {
        long head = head();
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-S", "name": "a\\ud800b", "kind": "AGENCY"}""".formatted(p)));
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-S", "name": "a\\u001b[31mb", "kind": "AGENCY"}""".formatted(p)));
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-S", "name": "a\\u0085b", "kind": "AGENCY"}""".formatted(p)));
        assertThat(head()).isEqualTo(head);
        // a pair, a tab and a line break are text
        assertThat(api().post("/api/units", """
                {"id": "%s-S", "name": "Phòng 😀\\tmới\\nhai dòng", "kind": "AGENCY"}""".formatted(p)).status())
                .isEqualTo(201);
    }

    @Test
    void aBodyInYamlIsRefusedAsNotJson() {
        long head = head();
        Api.Response yaml = api().postBytes("/api/units", "application/yaml",
                "id: %s-Y\nname: Phòng\nkind: AGENCY\n".formatted(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(415);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void numbersTextAndTruthAreNotTakenForOneAnother() {
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-N", "name": 123, "kind": "AGENCY"}""".formatted(p)));
        refusedOn("leader", api().post("/api/persons", """
                {"id": "%s-L", "unitId": "%s-U", "fullName": "Lý Văn Lâm", "category": "CAN_BO", "leader": 1}"""
                .formatted(p, p)));
        refusedOn("respondents", api().post("/api/surveys", """
                {"unitId": "%s-U", "period": "2024-05", "respondents": "200", "satisfied": 150}""".formatted(p)));
    }

    @Test
    void aFieldWrittenTwiceIsRefusedNotReadAsItsLastValue() {
        long head = head();
        refusedOn("name", api().post("/api/units", """
                {"id": "%s-D", "name": "Phòng Nội vụ", "kind": "AGENCY", "name": "Phòng Tư pháp"}""".formatted(p)));
        refusedOn("scores.TASKS", api().post("/api/evaluations/persons", """
                {"personId": "%s-P", "period": "2024-05", "scores": {"TASKS": 10, "TASKS": 70}}""".formatted(p)));
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aBodyOfTheWrongShapeIsToldWithoutNamingJavaTypes() {
        Api.Response array = api().post("/api/units", "[1, 2]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body()).doesNotContain("vn.thidua", "java.", "Cannot deserialize");
        assertThat(array.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    /** A request written byte for byte (a client sending what Java's HTTP client would not send), and its answer. */
    private String raw(String method, String path, String headers, String body) throws java.io.IOException {
        String credentials = java.util.Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] content = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n" + headers
                    + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHeaderOrPathTheFirewallRefusesIsA400ProblemAndStoresNothing() throws Exception {
        long head = head();
        // Vietnamese in a header travels as UTF-8 bytes, which are no header value: refused, not a failure (500)
        String keyed = raw("POST", "/api/units", "Idempotency-Key: khóa-tiếng-việt\r\n", """
                {"id": "%s-K", "name": "Phường K", "kind": "COMMUNE"}""".formatted(p));
        assertThat(keyed).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"field\":\"header\"").contains("REQUEST_READABLE");
        // a key of Latin letters with marks passes the firewall but is no key the client could send again
        String latin = raw("POST", "/api/units", "Idempotency-Key: khóa\r\n", """
                {"id": "%s-K", "name": "Phường K", "kind": "COMMUNE"}""".formatted(p));
        assertThat(latin).startsWith("HTTP/1.1 400").contains("IDEMPOTENCY_KEY").contains("\"field\":\"Idempotency-Key\"");
        // two keys: either could be the one a retry sends again
        String twoKeys = raw("POST", "/api/units", "Idempotency-Key: a-1\r\nIdempotency-Key: a-2\r\n", """
                {"id": "%s-K", "name": "Phường K", "kind": "COMMUNE"}""".formatted(p));
        assertThat(twoKeys).startsWith("HTTP/1.1 400").contains("IDEMPOTENCY_KEY").contains("\"field\":\"Idempotency-Key\"");
        String path = raw("POST", "/api/violations/../confirm", "", "{\"reason\": \"x\"}");
        assertThat(path).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"path\"");
        // refused by Tomcat itself, before the application: a problem too, not its HTML page
        String control = raw("GET", "/api/audit/units/" + p + "-U", "X-Client: a\u0001b\r\n", "");
        assertThat(control).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html")
                .contains("\"field\":\"request\"");
        for (String refused : List.of("/api/audit/units/a%2Fb", "/api/audit/units/a%5Cb", "/api/audit/units/a%00b")) {
            String answer = raw("GET", refused, "", "");
            assertThat(answer).as(refused).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("\"field\":\"request\"").doesNotContain("<html");
        }
        assertThat(head()).isEqualTo(head);
        assertThat(api().get("/api/audit/units/" + p + "-K").status()).isEqualTo(404);
    }

    @Test
    void aYearBeforeOneThousandIsClassifiedAsAnyOther() {
        Api.Response year = api().get("/api/classifications?unit=" + p + "-U&period=0999");
        assertThat(year.status()).as(year.toString()).isEqualTo(200);
        assertThat(year.json().get("period").asText()).isEqualTo("0999");
        assertThat(year.json().get("rows")).isEmpty();
        Api.Response eligibility = api().get("/api/eligibility?person=" + p + "-P&year=1000");
        assertThat(eligibility.status()).as(eligibility.toString()).isEqualTo(200);
        assertThat(eligibility.json().get("eligible").asBoolean()).isFalse();
    }

    @Test
    void anIdOfDotsAloneNamesNoPathAndIsRefused() {
        long head = head();
        refusedOn("id", api().post("/api/units", """
                {"id": "..", "name": "Phường", "kind": "COMMUNE"}"""));
        refusedOn("id", api().post("/api/units", """
                {"id": ".", "name": "Phường", "kind": "COMMUNE"}"""));
        // whichever kind of entity, however its request names it
        refusedOn("id", api().post("/api/violations", """
                {"id": "..", "subjectId": "LB", "subjectKind": "UNIT", "ruleCode": "NK-1", "occurredOn": "2024-05-02",
                 "source": "INSPECTION"}"""));
        Api.Response report = api().post("/api/reports", """
                {"id": ".", "unitId": "LB", "kind": "YEARLY", "year": 2090}""");
        refusedOn("id", report);
        // said in words, not as a regular expression
        assertThat(report.json().get("errors").get(0).get("message").asText()).contains("không chỉ là '.' hay '..'")
                .doesNotContain("A-Za-z");
        assertThat(report.json().get("errors").get(0).get("rule").asText()).isEqualTo("ID_FORMAT");
        assertThat(head()).isEqualTo(head);
        // dots among other characters are an id like any other, reachable by its path
        assertThat(api().post("/api/units", """
                {"id": "%s...", "name": "Phường", "kind": "COMMUNE"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().get("/api/audit/units/" + p + "...").status()).isEqualTo(200);
    }

    @Test
    void requestsTheNodeCannotServeAreRefusedInVietnamese() {
        Api.Response unknownPath = api().get("/api/no-such-thing");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("rule").asText()).isEqualTo("PATH_EXISTS");
        assertThat(unknownPath.json().get("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(unknownPath.json().get("detail").asText()).isEqualTo("Không có đường dẫn /api/no-such-thing");

        Api.Response wrongMethod = api().call("DELETE", "/api/units");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("detail").asText()).startsWith("Đường dẫn này không nhận phương thức DELETE");
        assertThat(wrongMethod.json().get("title").asText()).isEqualTo("Phương thức không được hỗ trợ");
        // what the path answers as OPTIONS tells it: reads answer HEAD too
        assertThat(api().call("POST", "/api/rankings").json().get("detail").asText())
                .endsWith("nhận: GET, HEAD, OPTIONS");

        Api.Response notAcceptable = api().call("GET", "/api/stream/rankings?cluster=X&period=2024",
                "Accept", "application/json");
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertThat(notAcceptable.contentType()).startsWith("application/problem+json");
        assertThat(notAcceptable.json().get("detail").asText()).contains("text/event-stream");
        // a live stream cannot be of a past moment: said, not silently streamed from now
        Api.Response pastStream = api().call("GET", "/api/stream/rankings?cluster=X&period=2024&asOf=pos:1",
                "Accept", "text/event-stream");
        assertThat(pastStream.status()).isEqualTo(400);
        assertThat(pastStream.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");

        // a write whose answer the client would not accept is refused before it is made
        long before = head();
        Api.Response htmlOnly = api().post("/api/units", """
                {"id": "%s-H", "name": "Phường H", "kind": "COMMUNE"}""".formatted(p), "Accept", "text/html");
        assertThat(htmlOnly.status()).isEqualTo(406);
        assertThat(head()).isEqualTo(before);
        assertThat(api().get("/api/audit/units/" + p + "-H").status()).isEqualTo(404);

        Api.Response truncated = api().post("/api/units", "{\"id\": \"" + p + "-T\", \"name\": \"Phường");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.json().get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(truncated.json().get("detail").asText()).startsWith("JSON không hợp lệ").doesNotContain("Unexpected");

        Api.Response badEnum = api().post("/api/units", """
                {"id": "%s-E", "name": "Phường E", "kind": "HAMLET"}""".formatted(p));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("message").asText()).contains("chọn một trong").contains("COMMUNE");

        Api.Response taken = api().post("/api/units", """
                {"id": "%s-U", "name": "Lần nữa", "kind": "COMMUNE"}""".formatted(p));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asText()).endsWith("đã được dùng: đơn vị mang mã này đã được ghi nhận");
    }
}
