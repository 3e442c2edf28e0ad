package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts and their roles over HTTP: who may read, who may write, who may administer. */
class AccountsIT extends NodeIT {

    private static final String PASSWORD = "mat-khau-du-dai";
    private String p;

    @BeforeEach
    void prefix() {
        p = "a" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api open(String username, String role) {
        Api.Response opened = api().post("/api/admin/users", """
                {"username": "%s", "password": "%s", "role": "%s"}""".formatted(username, PASSWORD, role));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("role").asText()).isEqualTo(role);
        return Api.as(port, username, PASSWORD);
    }

    @Test
    void aReaderReadsButIsForbiddenToWriteAndNothingIsStored() {
        assertThat(api().post("/api/units", """
                {"id": "%s-U", "name": "Phòng Nội vụ", "kind": "AGENCY"}""".formatted(p)).status()).isEqualTo(201);
        Api reader = open(p + ".doc", "READER");

        assertThat(reader.get("/api/audit/units/" + p + "-U").status()).isEqualTo(200);
        // a HEAD is a GET without its body, an OPTIONS a question: reads
        assertThat(reader.call("HEAD", "/api/units").status()).isEqualTo(200);
        assertThat(reader.call("OPTIONS", "/api/units").status()).isEqualTo(200);
        long head = head();
        Api.Response write = reader.post("/api/units", """
                {"id": "%s-X", "name": "Phòng Tư pháp", "kind": "AGENCY"}""".formatted(p));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(write.json().get("detail").asText()).contains("không được phép", "WRITER");
        assertThat(write.json().get("rule").asText()).isEqualTo("ROLE_PERMITS");
        assertThat(write.json().get("instance").asText()).isEqualTo("/api/units");
        assertThat(head()).isEqualTo(head);
        assertThat(api().get("/api/audit/units/" + p + "-X").status()).isEqualTo(404);
    }

    @Test
    void aWriterRecordsFactsButIsForbiddenToAdministerTheNode() {
        Api writer = open(p + ".ghi", "WRITER");
        assertThat(writer.post("/api/units", """
                {"id": "%s-U", "name": "Phường Bồ Đề", "kind": "COMMUNE"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(writer.get("/api/admin/users").status()).isEqualTo(403);
        assertThat(writer.post("/api/admin/users", """
                {"username": "%s.x", "password": "%s", "role": "ADMIN"}""".formatted(p, PASSWORD)).status())
                .isEqualTo(403);
        Api.Response rebuild = writer.post("/api/admin/rebuilds/audit", "");
        assertThat(rebuild.status()).isEqualTo(403);
        assertThat(rebuild.json().get("rule").asText()).isEqualTo("ROLE_PERMITS");
        assertThat(rebuild.json().get("detail").asText()).contains("ADMIN");
    }

    @Test
    void anAccountsAuditTrailListsWhatItRecorded() {
        Api writer = open(p + ".nk", "WRITER");
        assertThat(api().get("/api/audit/users/" + p + ".nk").json().get("entries")).isEmpty();
        long position = writer.post("/api/units", """
                {"id": "%s-U", "name": "Phường Phúc Đồng", "kind": "COMMUNE"}""".formatted(p)).json().get("position")
                .asLong();
        JsonNode entries = api().get("/api/audit/users/" + p + ".nk").json().get("entries");
        assertThat(entries).extracting(e -> e.get("type").asText() + " " + e.get("position").asLong())
                .containsExactly("UnitRegistered " + position);
        assertThat(entries.get(0).get("actor").asText()).isEqualTo(p + ".nk");
        assertThat(api().get("/api/audit/users/" + p + ".nobody").status()).isEqualTo(404);
        // named in any case, as accounts are managed
        assertThat(api().get("/api/audit/users/" + (p + ".NK").toUpperCase()).json().get("entries")).hasSize(1);
    }

    @Test
    void accountsAreListedWithTheirRoles() {
        open(p + ".doc", "READER");
        JsonNode accounts = api().get("/api/admin/users").json().get("accounts");
        assertThat(accounts).anySatisfy(a -> {
            assertThat(a.get("username").asText()).isEqualTo(p + ".doc");
            assertThat(a.get("role").asText()).isEqualTo("READER");
            assertThat(a.get("enabled").asBoolean()).isTrue();
        });
        assertThat(accounts).anySatisfy(a -> assertThat(a.get("role").asText()).isEqualTo("ADMIN"));
        assertThat(accounts.toString()).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
    }

    @Test
    void invalidAccountsAreRefusedWithEveryProblemAndDuplicatesConflict() {
        // "." and ".." would name an account no path can reach, to disable or reset it
        for (String dots : List.of(".", "..")) {
            Api.Response dotted = api().post("/api/admin/users", """
                    {"username": "%s", "password": "%s", "role": "READER"}""".formatted(dots, PASSWORD));
            assertThat(dotted.status()).as(dotted.toString()).isEqualTo(400);
            assertThat(dotted.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
        }
        Api.Response invalid = api().post("/api/admin/users", """
                {"username": "có dấu", "password": "ngan", "role": "BOSS"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("username", "password", "role");
        assertThat(api().get("/api/admin/users").json().get("accounts").toString()).doesNotContain("có dấu");

        open(p + ".doc", "READER");
        Api.Response again = api().post("/api/admin/users", """
                {"username": "%s.doc", "password": "%s", "role": "WRITER"}""".formatted(p, PASSWORD));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
        Api.Response shouted = api().post("/api/admin/users", """
                {"username": "%s.DOC", "password": "%s", "role": "WRITER"}""".formatted(p.toUpperCase(), PASSWORD));
        assertThat(shouted.status()).isEqualTo(409);
        assertThat(shouted.json().get("rule").asText()).isEqualTo("USERNAME_UNIQUE");
        assertThat(shouted.json().get("detail").asText()).contains(p + ".doc");
        assertThat(api().get("/api/admin/users").json().get("accounts").toString())
                .doesNotContain(p.toUpperCase() + ".DOC");
    }

    @Test
    void oneNameInAnyCaseIsOneAccountEvenWhenAskedForAtOnce() throws Exception {
        List<String> names = List.of(p + ".same", p.toUpperCase() + ".SAME", p + ".Same", p + ".sAME", p + ".SaMe",
                p.toUpperCase() + ".same");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(names.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String name : names) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.asAdmin(port).post("/api/admin/users", """
                            {"username": "%s", "password": "%s", "role": "READER"}""".formatted(name, PASSWORD))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api().get("/api/admin/users").json().get("accounts"))
                .filteredOn(a -> a.get("username").asText().equalsIgnoreCase(p + ".same")).hasSize(1);
        assertThat(api().post("/api/admin/users", """
                {"username": "%s.SAME", "password": "%s", "role": "READER"}""".formatted(p, PASSWORD)).status())
                .isEqualTo(409);
        // and it is managed by its name in any case
        Api.Response disabled = api().post("/api/admin/users/" + p.toUpperCase() + ".sAmE/disable", "");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndEnabledAgainWorks() {
        Api reader = open(p + ".doc", "READER");
        assertThat(reader.get("/api/integrity/verify").status()).isEqualTo(200);
        assertThat(api().post("/api/admin/users/" + p + ".doc/disable", "").status()).isEqualTo(200);
        Api.Response disabled = reader.get("/api/integrity/verify");
        assertThat(disabled.status()).isEqualTo(401);
        // told to the account's owner, who gave its password; someone trying names hears only "sign in"
        assertThat(disabled.json().get("rule").asText()).isEqualTo("ACCOUNT_ENABLED");
        Api.Response guessed = Api.as(port, p + ".doc", "not-the-password").get("/api/integrity/verify");
        assertThat(guessed.status()).isEqualTo(401);
        assertThat(guessed.json().get("rule").asText()).isEqualTo("AUTHENTICATED");
        assertThat(guessed.body()).doesNotContain("vô hiệu");
        assertThat(api().post("/api/admin/users/" + p + ".doc/enable", "").status()).isEqualTo(200);
        assertThat(reader.get("/api/integrity/verify").status()).isEqualTo(200);
        assertThat(api().post("/api/admin/users/admin/disable", "").status()).isEqualTo(409);
        assertThat(api().post("/api/admin/users/" + p + ".nobody/disable", "").status()).isEqualTo(404);
    }

    @Test
    void anyoneChangesTheirOwnPasswordAndTheOldOneStopsWorkingAtOnce() {
        Api reader = open(p + ".doc", "READER");
        assertThat(reader.get("/api/integrity/verify").status()).isEqualTo(200);
        assertThat(reader.post("/api/account/password", """
                {"password": "ngan"}""").status()).isEqualTo(400);
        assertThat(reader.post("/api/account/password", """
                {"password": "mat-khau-moi-cua-toi"}""").status()).isEqualTo(200);
        assertThat(reader.get("/api/integrity/verify").status()).isEqualTo(401);
        assertThat(Api.as(port, p + ".doc", "mat-khau-moi-cua-toi").get("/api/integrity/verify").status())
                .isEqualTo(200);

        assertThat(api().post("/api/admin/users/" + p + ".doc/password", """
                {"password": "%s"}""".formatted(PASSWORD)).status()).isEqualTo(200);
        assertThat(reader.get("/api/integrity/verify").status()).isEqualTo(200);
    }

    @Test
    void anAccountScopedToADistrictRecordsOnlyForItsUnitsAndItsEventsSayWhoAndWithWhichScope() throws Exception {
        assertThat(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/units", """
                {"id": "%s-GL", "name": "Huyện Gia Lâm", "kind": "DISTRICT"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/units", """
                {"id": "%s-GL-X", "name": "Xã Đa Tốn", "kind": "COMMUNE", "parentId": "%s-GL"}""".formatted(p, p))
                .status()).isEqualTo(201);
        Api.Response opened = api().post("/api/admin/users", """
                {"username": "%s.lb", "password": "%s", "role": "WRITER", "unitScope": "%s-LB"}"""
                .formatted(p, PASSWORD, p));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("unitScope").asText()).isEqualTo(p + "-LB");
        Api longBien = Api.as(port, p + ".lb", PASSWORD);
        assertThat(longBien.get("/api/account").json().get("unitScope").asText()).isEqualTo(p + "-LB");

        // within the district: a ward below it, then a person there
        assertThat(longBien.post("/api/units", """
                {"id": "%s-LB-BD", "name": "Phường Bồ Đề", "kind": "COMMUNE", "parentId": "%s-LB"}"""
                .formatted(p, p)).status()).isEqualTo(201);
        assertThat(longBien.post("/api/persons", """
                {"id": "%s-P", "unitId": "%s-LB-BD", "fullName": "Lê Thu Hà", "category": "CONG_CHUC"}"""
                .formatted(p, p)).status()).isEqualTo(201);
        Long scoped = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                        + " convert_from(meta_data, 'UTF8')::jsonb @> ?::jsonb")
                .params("person:" + p + "-P", "{\"actor\": \"%s.lb\", \"role\": \"WRITER\", \"unitScope\": \"%s-LB\"}"
                        .formatted(p, p))
                .query(Long.class).single();
        assertThat(scoped).isEqualTo(1);
        JsonNode registered = api().get("/api/audit/persons/" + p + "-P").json().get("entries").get(0);
        assertThat(registered.get("actor").asText()).isEqualTo(p + ".lb");
        assertThat(registered.get("role").asText()).isEqualTo("WRITER");
        assertThat(registered.get("unitScope").asText()).isEqualTo(p + "-LB");

        // another district's ward with its staff, and a cluster of the whole organisation
        assertThat(api().post("/api/persons", """
                {"id": "%s-GLP", "unitId": "%s-GL-X", "fullName": "Trần Văn Tú", "category": "CONG_CHUC"}"""
                .formatted(p, p)).status()).isEqualTo(201);
        assertThat(api().post("/api/clusters", """
                {"id": "%s-CUM-Q", "name": "Cụm thi đua các quận", "kind": "CUM"}""".formatted(p)).status())
                .isEqualTo(201);

        // the other district's campaign, a pledge of its person and a report it must send
        assertThat(api().post("/api/campaigns", """
                {"id": "%s-GL-NKTC", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-GL",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)).status()).isEqualTo(201);
        assertThat(api().post("/api/pledges", """
                {"campaignId": "%s-GL-NKTC", "personId": "%s-GLP", "signedOn": "2024-02-01"}""".formatted(p, p))
                .status()).isEqualTo(201);
        // (a year far ahead: a report already due would fall overdue by itself, an event of its own, meanwhile)
        assertThat(api().post("/api/reports", """
                {"unitId": "%s-GL", "kind": "YEARLY", "year": 2090}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/surveys", """
                {"id": "%s-GL-KS", "unitId": "%s-GL-X", "period": "2024-05", "respondents": 100, "satisfied": 90}"""
                .formatted(p, p)).status()).isEqualTo(201);

        // another district's unit, a unit of no district, organisation-wide records: refused, nothing stored —
        // before the other unit's own refusal ("còn 1 người đang công tác"), which is not this account's to hear
        long head = head();
        for (Api.Response refused : List.of(
                longBien.post("/api/persons", """
                        {"id": "%s-Q", "unitId": "%s-GL-X", "fullName": "Đỗ Văn Quý", "category": "CONG_CHUC"}"""
                        .formatted(p, p)),
                longBien.post("/api/units", """
                        {"id": "%s-HB", "name": "Quận Hai Bà Trưng", "kind": "DISTRICT"}""".formatted(p)),
                longBien.post("/api/clusters", """
                        {"id": "%s-CUM", "name": "Cụm thi đua", "kind": "CUM"}""".formatted(p)),
                longBien.post("/api/units/" + p + "-LB-BD/move", """
                        {"parentId": "%s-GL", "effectiveOn": "2025-07-01"}""".formatted(p)),
                longBien.post("/api/units/" + p + "-GL-X/close", """
                        {"closedOn": "2025-07-01"}"""),
                longBien.post("/api/clusters/" + p + "-CUM-Q/members", """
                        {"unitId": "%s-LB", "from": "2025-01-01"}""".formatted(p)),
                // a creation naming another unit's person or the unit itself: not what that unit already holds
                // ("đã có bản cam kết", "đã phải nộp báo cáo …")
                longBien.post("/api/pledges", """
                        {"campaignId": "%s-GL-NKTC", "personId": "%s-GLP", "signedOn": "2024-03-01"}"""
                        .formatted(p, p)),
                longBien.post("/api/reports", """
                        {"unitId": "%s-GL", "kind": "YEARLY", "year": 2090}""".formatted(p)),
                longBien.postBytes("/api/imports/evaluations?unit=" + p + "-GL&period=2025-01", "text/csv",
                        "personId,TASKS\nX,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                // a violation of the other district's ward, dated before the ward was opened ("chưa thành lập")
                longBien.post("/api/violations", """
                        {"subjectId": "%s-GL-X", "ruleCode": "NK-1", "occurredOn": "1990-01-01",
                         "source": "SUPERVISOR"}""".formatted(p)),
                // a correction to the figures in force stores nothing: its answer would confirm the other's figures
                longBien.post("/api/surveys/" + p + "-GL-KS/corrections", """
                        {"respondents": 100, "satisfied": 90, "reason": "Nhập lại"}"""),
                // an id another unit's record holds, for a record of its own: "already recorded" would tell of it
                longBien.post("/api/surveys", """
                        {"id": "%s-GL-KS", "unitId": "%s-LB-BD", "period": "2024-06", "respondents": 10,
                         "satisfied": 9}""".formatted(p, p)))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("rule").asText()).isEqualTo("UNIT_SCOPE");
            assertThat(refused.json().get("detail").asText()).contains(p + "-LB");
        }
        assertThat(head()).isEqualTo(head);
        // within its scope a repeat is answered as stored: 200 with the survey's last position
        String ownSurvey = longBien.post("/api/surveys", """
                {"unitId": "%s-LB-BD", "period": "2024-05", "respondents": 50, "satisfied": 40}""".formatted(p))
                .json().get("id").asText();
        Api.Response repeated = longBien.post("/api/surveys/" + ownSurvey + "/corrections", """
                {"respondents": 50, "satisfied": 40, "reason": "Nhập lại"}""");
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        // sent at once, stored in groups: each repeat answered as its own scope allows, the others unaffected
        List<String> mine = new java.util.ArrayList<>();
        List<String> theirs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mine.add(longBien.post("/api/surveys", """
                    {"unitId": "%s-LB-BD", "period": "2024-0%d", "respondents": 50, "satisfied": 40}"""
                    .formatted(p, i + 1)).json().get("id").asText());
            theirs.add(api().post("/api/surveys", """
                    {"unitId": "%s-GL-X", "period": "2024-0%d", "respondents": 50, "satisfied": 40}"""
                    .formatted(p, i + 1)).json().get("id").asText());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> own = new java.util.ArrayList<>();
            List<java.util.concurrent.Future<Integer>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String survey = mine.get(i);
                String other = theirs.get(i);
                own.add(pool.submit(() -> longBien.post("/api/surveys/" + survey + "/corrections", """
                        {"respondents": 50, "satisfied": 40, "reason": "Nhập lại"}""").status()));
                others.add(pool.submit(() -> longBien.post("/api/surveys/" + other + "/corrections", """
                        {"respondents": 50, "satisfied": 40, "reason": "Nhập lại"}""").status()));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(own.get(i).get()).isEqualTo(200);
                assertThat(others.get(i).get()).isEqualTo(403);
            }
        } finally {
            pool.shutdownNow();
        }
        // within its scope an aggregate's own refusal is the answer
        Api.Response ownWard = longBien.post("/api/units/" + p + "-LB-BD/close", """
                {"closedOn": "2025-07-01"}""");
        assertThat(ownWard.status()).as(ownWard.toString()).isEqualTo(409);
        assertThat(ownWard.json().get("rule").asText()).isEqualTo("UNIT_HAS_PERSONS");

        // the administrator lifts the scope: the same request is now the whole organisation's to make
        assertThat(api().post("/api/admin/users/" + p + ".lb/scope", "{\"unitScope\": null}").json()
                .get("unitScope").isNull()).isTrue();
        assertThat(longBien.post("/api/clusters", """
                {"id": "%s-CUM", "name": "Cụm thi đua", "kind": "CUM"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/admin/users/" + p + ".lb/scope", "{\"unitScope\": \"%s-NOWHERE\"}"
                .formatted(p)).status()).isEqualTo(404);
        assertThat(api().post("/api/admin/users/" + p + ".lb/scope", "{}").status()).isEqualTo(400);
        assertThat(api().post("/api/admin/users/admin/scope", "{\"unitScope\": \"%s-LB\"}".formatted(p)).status())
                .isEqualTo(409);
        // only null lifts a scope: blank text or an id with spaces is refused, never read as none
        for (String blank : List.of("\"\"", "\"   \"", "\" %s-LB \"".formatted(p))) {
            Api.Response refused = api().post("/api/admin/users/" + p + ".lb/scope", "{\"unitScope\": " + blank + "}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("rule").asText()).isEqualTo("UNIT_SCOPE_GIVEN");
        }
        Api.Response blankScope = api().post("/api/admin/users", """
                {"username": "%s.rong", "password": "mat-khau-du-dai", "role": "WRITER", "unitScope": ""}""".formatted(p));
        assertThat(blankScope.status()).as(blankScope.toString()).isEqualTo(400);
        // a body that says nothing is told so, even about one's own account
        assertThat(api().post("/api/admin/users/admin/scope", "[]").status()).isEqualTo(400);
    }

    @Test
    void anAccountWriteRepeatedWithItsIdempotencyKeyIsMadeOnceAndAnsweredAsTheFirstTime() {
        String open = """
                {"username": "%s.idem", "password": "mat-khau-dau-tien", "role": "WRITER"}""".formatted(p);
        Api.Response first = api().post("/api/admin/users", open, "Idempotency-Key", p + "-open");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Response again = api().post("/api/admin/users", open, "Idempotency-Key", p + "-open");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());

        String reset = "/api/admin/users/" + p + ".idem/password";
        assertThat(api().post(reset, "{\"password\": \"mat-khau-thu-hai\"}", "Idempotency-Key", p + "-pw").status())
                .isEqualTo(200);
        assertThat(api().post(reset, "{\"password\": \"mat-khau-thu-hai\"}", "Idempotency-Key", p + "-pw").status())
                .isEqualTo(200);
        // the key sent with another password, or to another endpoint, is refused and changes nothing
        Api.Response other = api().post(reset, "{\"password\": \"mat-khau-thu-ba\"}", "Idempotency-Key", p + "-pw");
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.json().get("rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(api().post("/api/admin/users/" + p + ".idem/disable", "", "Idempotency-Key", p + "-pw").status())
                .isEqualTo(409);
        assertThat(Api.as(port, p + ".idem", "mat-khau-thu-hai").get("/api/account").status()).isEqualTo(200);

        JsonNode changes = api().get("/api/admin/users/" + p + ".idem/changes").json().get("changes");
        assertThat(changes).extracting(c -> c.get("change").asText()).containsExactly("OPENED", "PASSWORD_RESET");
    }

    @Test
    void anAdministratorScopedToADistrictManagesOnlyAccountsWithinItAndGrantsNoWiderScope() {
        assertThat(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/units", """
                {"id": "%s-LB-BD", "name": "Phường Bồ Đề", "kind": "COMMUNE", "parentId": "%s-LB"}""".formatted(p, p))
                .status()).isEqualTo(201);
        assertThat(api().post("/api/units", """
                {"id": "%s-GL", "name": "Huyện Gia Lâm", "kind": "DISTRICT"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().post("/api/admin/users", """
                {"username": "%s.qt", "password": "%s", "role": "ADMIN", "unitScope": "%s-LB"}"""
                .formatted(p, PASSWORD, p)).status()).isEqualTo(201);
        Api districtAdmin = Api.as(port, p + ".qt", PASSWORD);
        open(p + ".gl", "WRITER");
        assertThat(api().post("/api/admin/users/" + p + ".gl/scope", "{\"unitScope\": \"%s-GL\"}".formatted(p))
                .status()).isEqualTo(200);
        // the scope it already has: nothing changes, nothing is recorded, as enabling an enabled account
        int recorded = api().get("/api/admin/users/" + p + ".gl/changes").json().get("changes").size();
        assertThat(api().post("/api/admin/users/" + p + ".gl/scope", "{\"unitScope\": \"%s-GL\"}".formatted(p))
                .json().get("unitScope").asText()).isEqualTo(p + "-GL");
        assertThat(api().get("/api/admin/users/" + p + ".gl/changes").json().get("changes")).hasSize(recorded);

        // within the district: an account for a ward below it, then limited further, disabled, reset
        Api.Response ward = districtAdmin.post("/api/admin/users", """
                {"username": "%s.bd", "password": "%s", "role": "WRITER", "unitScope": "%s-LB-BD"}"""
                .formatted(p, PASSWORD, p));
        assertThat(ward.status()).as(ward.toString()).isEqualTo(201);
        assertThat(districtAdmin.post("/api/admin/users/" + p + ".bd/disable", "").status()).isEqualTo(200);
        assertThat(districtAdmin.post("/api/admin/users/" + p + ".bd/enable", "").status()).isEqualTo(200);
        assertThat(districtAdmin.post("/api/admin/users/" + p + ".bd/password", """
                {"password": "mat-khau-moi-123"}""").status()).isEqualTo(200);

        // beyond it: an account of the whole organisation, of another district, or the first admin — refused,
        // nothing changed
        String before = api().get("/api/admin/users").json().toString();
        for (Api.Response refused : List.of(
                districtAdmin.post("/api/admin/users", """
                        {"username": "%s.all", "password": "%s", "role": "ADMIN", "unitScope": null}"""
                        .formatted(p, PASSWORD)),
                districtAdmin.post("/api/admin/users", """
                        {"username": "%s.all2", "password": "%s", "role": "READER"}""".formatted(p, PASSWORD)),
                districtAdmin.post("/api/admin/users", """
                        {"username": "%s.gl2", "password": "%s", "role": "WRITER", "unitScope": "%s-GL"}"""
                        .formatted(p, PASSWORD, p)),
                districtAdmin.post("/api/admin/users/" + p + ".bd/scope", "{\"unitScope\": null}"),
                districtAdmin.post("/api/admin/users/" + p + ".bd/scope", "{\"unitScope\": \"%s-GL\"}".formatted(p)),
                districtAdmin.post("/api/admin/users/" + p + ".gl/disable", ""),
                districtAdmin.post("/api/admin/users/" + p + ".gl/password", """
                        {"password": "chiem-quyen-123"}"""),
                districtAdmin.post("/api/admin/users/admin/password", """
                        {"password": "chiem-quyen-123"}"""),
                districtAdmin.post("/api/admin/users/admin/disable", ""),
                districtAdmin.post("/api/admin/users/admin/scope", "{\"unitScope\": \"%s-LB\"}".formatted(p)),
                // nor an account's history beyond it, nor a rebuild of the whole organisation's views
                districtAdmin.get("/api/admin/users/" + p + ".gl/changes"),
                // nor whether an account of that name exists at all
                districtAdmin.get("/api/admin/users/" + p + ".nobody/changes"),
                districtAdmin.post("/api/admin/users/" + p + ".nobody/disable", ""),
                districtAdmin.post("/api/admin/rebuilds/facts", ""))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("rule").asText()).isEqualTo("UNIT_SCOPE");
            assertThat(refused.json().get("detail").asText()).contains(p + "-LB");
        }
        // the refusal of an account beyond it tells that account's scope no more than whether it exists
        for (String name : List.of(p + ".gl", "admin", p + ".nobody")) {
            Api.Response refused = districtAdmin.get("/api/admin/users/" + name + "/changes");
            assertThat(refused.json().get("detail").asText()).as(name)
                    .isEqualTo(districtAdmin.get("/api/admin/users/" + p + ".nobody/changes").json().get("detail")
                            .asText());
        }
        assertThat(api().get("/api/admin/users").json().toString()).isEqualTo(before);
        assertThat(api().get("/api/account").status()).isEqualTo(200);
        // it lists the accounts it manages and its own, no other's name or role
        assertThat(districtAdmin.get("/api/admin/users").json().get("accounts")).extracting(a -> a.get("username")
                .asText()).containsExactlyInAnyOrder(p + ".qt", p + ".bd");
        assertThat(districtAdmin.get("/api/admin/users/" + p + ".bd/changes").status()).isEqualTo(200);
        // its own password stays its own to change
        assertThat(districtAdmin.post("/api/account/password", """
                {"password": "mat-khau-rieng-1"}""").status()).isEqualTo(200);
    }

    @Test
    void everyChangeOfAnAccountIsKeptWithWhoMadeItAndWhen() {
        open(p + ".ls", "WRITER");
        assertThat(api().post("/api/admin/users/" + p + ".ls/disable", "").status()).isEqualTo(200);
        // disabled already: nothing changes, nothing is recorded
        assertThat(api().post("/api/admin/users/" + p + ".ls/disable", "").status()).isEqualTo(200);
        assertThat(api().post("/api/admin/users/" + p + ".ls/enable", "").status()).isEqualTo(200);
        assertThat(api().post("/api/admin/users/" + p + ".ls/password", """
                {"password": "mat-khau-moi-123"}""").status()).isEqualTo(200);
        Api account = Api.as(port, p + ".ls", "mat-khau-moi-123");
        assertThat(account.post("/api/account/password", """
                {"password": "mat-khau-rieng-1"}""").status()).isEqualTo(200);
        // refused changes leave no entry
        assertThat(api().post("/api/admin/users/" + p + ".ls/password", """
                {"password": "ngan"}""").status()).isEqualTo(400);

        Api.Response history = api().get("/api/admin/users/" + (p + ".LS").toUpperCase() + "/changes");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("username").asText()).isEqualTo(p + ".ls");
        JsonNode changes = history.json().get("changes");
        assertThat(changes).extracting(c -> c.get("change").asText() + " " + c.get("actor").asText() + " "
                        + c.get("enabled").asBoolean())
                .containsExactly("OPENED admin true", "DISABLED admin false", "ENABLED admin true",
                        "PASSWORD_RESET admin true", "PASSWORD_CHANGED " + p + ".ls true");
        assertThat(changes.get(0).get("changeLabel").asText()).isEqualTo("mở tài khoản");
        assertThat(changes.get(0).get("role").asText()).isEqualTo("WRITER");
        assertThat(changes.get(0).get("at").asText()).isNotBlank();
        assertThat(history.toString()).doesNotContain("mat-khau");
        assertThat(api().get("/api/admin/users/" + p + ".nobody/changes").status()).isEqualTo(404);
        assertThat(Api.as(port, p + ".ls", "mat-khau-rieng-1").get("/api/admin/users/" + p + ".ls/changes").status())
                .isEqualTo(403);
        // the history is only ever added to
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "DELETE FROM account_change WHERE username = ?").param(p + ".ls").update())
                .rootCause().hasMessageContaining("only ever added to");
    }

    @Test
    void theNodesOwnActorNamesAreNoAccountsNames() {
        for (String reserved : List.of("system", "Demo")) {
            Api.Response refused = api().post("/api/admin/users", """
                    {"username": "%s", "password": "%s", "role": "WRITER"}""".formatted(reserved, PASSWORD));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("rule").asText()).isEqualTo("USERNAME_RESERVED");
        }
    }

    @Test
    void passwordsAreCountedInCharactersAndRefusedBeyondWhatTheHashReads() {
        Api.Response tooLong = api().post("/api/admin/users", """
                {"username": "%s.dai", "password": "%s", "role": "READER"}""".formatted(p, "a".repeat(73)));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(tooLong.json().get("errors").get(0).get("message").asText()).contains("72");
        // 40 letters with diacritics are 80 bytes
        open(p + ".ok", "READER");
        Api.Response accented = api().post("/api/admin/users/" + p + ".ok/password", """
                {"password": "%s"}""".formatted("ă".repeat(40)));
        assertThat(accented.status()).as(accented.toString()).isEqualTo(400);
        assertThat(Api.as(port, p + ".ok", "ă".repeat(40)).get("/api/account").status()).isEqualTo(401);
        Api.Response emoji = api().post("/api/admin/users", """
                {"username": "%s.emoji", "password": "😀😀😀😀😀", "role": "READER"}""".formatted(p));
        assertThat(emoji.status()).isEqualTo(400);
        assertThat(api().post("/api/admin/users", """
                {"username": "%s.vua", "password": "%s", "role": "READER"}""".formatted(p, "a".repeat(72)))
                .status()).isEqualTo(201);
        assertThat(Api.as(port, p + ".vua", "a".repeat(72)).get("/api/account").status()).isEqualTo(200);
        // the hash reads 72 bytes: a longer password beginning with the real one is not the real one
        assertThat(Api.as(port, p + ".vua", "a".repeat(72) + "b").get("/api/account").status()).isEqualTo(401);
    }

    @Test
    void aMovedPersonsSanctionWithdrawalAndLeaveAreForTheUnitsOfTheirDays() {
        assertThat(api().post("/api/units", """
                {"id": "%s-LB", "name": "Quận Long Biên", "kind": "DISTRICT"}""".formatted(p)).status()).isEqualTo(201);
        for (String ward : List.of("PNV", "BD")) {
            assertThat(api().post("/api/units", """
                    {"id": "%s-%s", "name": "Phòng %s", "kind": "DIVISION", "parentId": "%s-LB"}"""
                    .formatted(p, ward, ward, p)).status()).isEqualTo(201);
            assertThat(api().post("/api/admin/users", """
                    {"username": "%s.%s", "password": "%s", "role": "WRITER", "unitScope": "%s-%s"}"""
                    .formatted(p, ward.toLowerCase(), PASSWORD, p, ward)).status()).isEqualTo(201);
        }
        Api pnv = Api.as(port, p + ".pnv", PASSWORD);
        Api bd = Api.as(port, p + ".bd", PASSWORD);
        assertThat(api().post("/api/persons", """
                {"id": "%s-P", "unitId": "%s-PNV", "fullName": "Lê Thu Hà", "category": "CONG_CHUC",
                 "joinedOn": "2020-01-01"}""".formatted(p, p)).status()).isEqualTo(201);
        assertThat(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Nói không với tiêu cực", "kind": "CAMPAIGN", "scopeUnitId": "%s-LB",
                 "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)).status()).isEqualTo(201);
        for (String pledge : List.of("PL1", "PL2")) {
            assertThat(pnv.post("/api/pledges", """
                    {"id": "%s-%s", "campaignId": "%s-NKTC", "personId": "%s-P", "signedOn": "2024-0%s-01"}"""
                    .formatted(p, pledge, p, p, pledge.substring(2))).status()).isIn(201);
            if (pledge.equals("PL1")) {
                assertThat(pnv.post("/api/pledges/" + p + "-PL1/withdraw", """
                        {"withdrawnOn": "2024-01-15", "reason": "Ký nhầm mẫu"}""").status()).isEqualTo(201);
            }
        }
        assertThat(pnv.post("/api/violations", """
                {"id": "%s-V", "subjectId": "%s-P", "ruleCode": "NK-1", "occurredOn": "2024-08-01",
                 "source": "SUPERVISOR"}""".formatted(p, p)).status()).isEqualTo(201);
        assertThat(api().post("/api/violations/" + p + "-V/confirm", "{\"reason\": \"Đã xác minh\"}").status())
                .isEqualTo(201);
        // recorded later: the move to Bồ Đề on 1 September
        assertThat(api().post("/api/persons/" + p + "-P/transfers", """
                {"toUnitId": "%s-BD", "effectiveOn": "2024-09-01"}""".formatted(p)).status()).isEqualTo(201);

        long head = head();
        for (Api.Response refused : List.of(
                // decided in August, while the person still worked in the Nội vụ division
                bd.post("/api/violations/" + p + "-V/sanctions", """
                        {"form": "KHIEN_TRACH", "decidedOn": "2024-08-15", "decisionNo": "9/QĐ"}"""),
                bd.post("/api/pledges/" + p + "-PL2/withdraw", """
                        {"withdrawnOn": "2024-08-20", "reason": "Chuyển công tác"}"""),
                // a new day after the move would take the Nội vụ division's violation into Bồ Đề
                bd.post("/api/violations/" + p + "-V/amend", """
                        {"occurredOn": "2024-09-05", "reason": "Ghi nhầm ngày"}"""),
                // July to November: months of both divisions
                pnv.post("/api/persons/" + p + "-P/leaves", """
                        {"kind": "MATERNITY", "from": "2024-07-01", "to": "2024-11-01"}"""),
                bd.post("/api/persons/" + p + "-P/leaves", """
                        {"kind": "MATERNITY", "from": "2024-07-01", "to": "2024-11-01"}"""))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("rule").asText()).isEqualTo("UNIT_SCOPE");
        }
        assertThat(head()).isEqualTo(head);

        Api.Response sanctioned = pnv.post("/api/violations/" + p + "-V/sanctions", """
                {"form": "KHIEN_TRACH", "decidedOn": "2024-08-15", "decisionNo": "9/QĐ"}""");
        assertThat(sanctioned.status()).as(sanctioned.toString()).isEqualTo(201);
        assertThat(pnv.post("/api/pledges/" + p + "-PL2/withdraw", """
                {"withdrawnOn": "2024-08-20", "reason": "Chuyển công tác"}""").status()).isEqualTo(201);
        Api.Response leave = api().post("/api/persons/" + p + "-P/leaves", """
                {"kind": "MATERNITY", "from": "2024-07-01", "to": "2024-11-01"}""");
        assertThat(leave.status()).as(leave.toString()).isEqualTo(201);
        long leavePosition = leave.json().get("position").asLong();

        assertThat(api().get("/api/audit/units/" + p + "-PNV").json().get("entries"))
                .extracting(e -> e.get("type").asText())
                .contains("SanctionImposed", "PledgeWithdrawn", "LeaveRecorded");
        JsonNode boDe = api().get("/api/audit/units/" + p + "-BD").json().get("entries");
        assertThat(boDe).extracting(e -> e.get("type").asText()).doesNotContain("SanctionImposed")
                .contains("LeaveRecorded");
        assertThat(boDe).anySatisfy(e -> assertThat(e.get("position").asLong()).isEqualTo(leavePosition));

        // a leave recorded before the transfer it runs past stays where it was placed when recorded: a trail asked
        // as of a position never changes afterwards (the transfer itself is in the new unit's trail)
        assertThat(api().post("/api/persons", """
                {"id": "%s-Q", "unitId": "%s-PNV", "fullName": "Đỗ Thị Quyên", "category": "CONG_CHUC",
                 "joinedOn": "2020-01-01"}""".formatted(p, p)).status()).isEqualTo(201);
        long earlierLeave = api().post("/api/persons/" + p + "-Q/leaves", """
                {"kind": "MATERNITY", "from": "2024-08-01", "to": "2024-10-31"}""").json().get("position").asLong();
        assertThat(api().post("/api/persons/" + p + "-Q/transfers", """
                {"toUnitId": "%s-BD", "effectiveOn": "2024-09-01"}""".formatted(p)).status()).isEqualTo(201);
        assertThat(api().get("/api/audit/units/" + p + "-BD").json().get("entries"))
                .noneSatisfy(e -> assertThat(e.get("position").asLong()).isEqualTo(earlierLeave));
        assertThat(api().get("/api/audit/units/" + p + "-PNV").json().get("entries"))
                .anySatisfy(e -> assertThat(e.get("position").asLong()).isEqualTo(earlierLeave));

        // a pledge signed in Nội vụ and withdrawn after the move: in the trails of both units
        assertThat(api().post("/api/pledges", """
                {"id": "%s-PLQ", "campaignId": "%s-NKTC", "personId": "%s-Q", "signedOn": "2024-08-01"}"""
                .formatted(p, p, p)).status()).isEqualTo(201);
        long withdrawn = api().post("/api/pledges/" + p + "-PLQ/withdraw", """
                {"withdrawnOn": "2024-10-01", "reason": "Chuyển công tác"}""").json().get("position").asLong();
        for (String unit : List.of("PNV", "BD")) {
            assertThat(api().get("/api/audit/units/" + p + "-" + unit).json().get("entries"))
                    .anySatisfy(e -> assertThat(e.get("position").asLong()).isEqualTo(withdrawn));
        }

        // a violation an amendment moved into Bồ Đề (its day after the move) is Bồ Đề's to decide on now
        assertThat(api().post("/api/violations", """
                {"id": "%s-V2", "subjectId": "%s-P", "ruleCode": "NK-1", "occurredOn": "2024-08-10",
                 "source": "SUPERVISOR"}""".formatted(p, p)).status()).isEqualTo(201);
        assertThat(api().post("/api/violations/" + p + "-V2/amend", """
                {"occurredOn": "2024-09-10", "reason": "Ghi nhầm ngày"}""").status()).isEqualTo(201);
        Api.Response confirmed = bd.post("/api/violations/" + p + "-V2/confirm", "{\"reason\": \"Đã xác minh\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    }

    @Test
    void twoAdministratorsActingOnEachOtherAtOnceWaitForOneAnother() throws Exception {
        Api first = open(p + ".qa", "ADMIN");
        Api second = open(p + ".qb", "ADMIN");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Integer>>> runs = List.of(
                    pool.submit(() -> resetsOf(first, p + ".qb")), pool.submit(() -> resetsOf(second, p + ".qa")));
            for (java.util.concurrent.Future<List<Integer>> run : runs) {
                assertThat(run.get(2, java.util.concurrent.TimeUnit.MINUTES)).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The other's password reset to itself, again and again: each answer's status. */
    private static List<Integer> resetsOf(Api admin, String other) {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(admin.post("/api/admin/users/" + other + "/password", """
                    {"password": "%s"}""".formatted(PASSWORD)).status());
        }
        return statuses;
    }
}
