package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ledger.query.integrity.HashChain;

/**
 * The hash chain over the global stream: links PostgreSQL computes on append match the Java definition,
 * {@code GET /api/integrity/verify} finds exactly where a superuser altered or removed an event, and reviews seal
 * the head they were held at.
 *
 * <p>Tampering runs as the embedded {@code postgres} superuser (the test's connection), which may lift the
 * immutability trigger; every test puts the original row back in a {@code finally}, because the other ITs share
 * this node's store.
 */
class IntegrityIT extends NodeIT {

    private static final String IMMUTABLE = "domain_event_entry_immutable";
    private static final String POSITION = "domain_event_entry_position";

    @Autowired
    PlatformTransactionManager transactions;

    private String p; // a prefix that keeps this test's ids apart from the other tests'

    @BeforeEach
    void prefix() {
        p = "i" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    /** A district with a division and a campaign; answers the position of the division's registration. */
    private long district() {
        created(api().post("/api/units", """
                {"id": "%s-LB", "name": "Ủy ban nhân dân quận Long Biên", "kind": "DISTRICT"}""".formatted(p)));
        long division = created(api().post("/api/units", """
                {"id": "%s-PNV", "name": "Phòng Nội vụ", "kind": "DIVISION", "parentId": "%s-LB"}""".formatted(p, p)))
                .json().get("position").asLong();
        created(api().post("/api/campaigns", """
                {"id": "%s-NKTC", "title": "Cán bộ, công chức, viên chức nói không với tiêu cực", "kind": "CAMPAIGN",
                 "scopeUnitId": "%s-LB", "from": "2024-01-01", "to": "2025-12-31"}""".formatted(p, p)));
        return division;
    }

    private JsonNode verify() {
        Api.Response response = api().get("/api/integrity/verify");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private String storedLink(long position) {
        return HexFormat.of().formatHex(jdbc.sql("SELECT chain_link FROM domain_event_entry WHERE global_index = ?")
                .param(position).query(byte[].class).single());
    }

    /** Runs {@code sql} with the named triggers lifted, in one transaction, as only a superuser or owner could. */
    private void tamper(List<String> triggers, String sql, Object... params) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // the table stays locked until commit, so no append can slip in while a trigger is off
            triggers.forEach(t -> jdbc.sql("ALTER TABLE domain_event_entry DISABLE TRIGGER " + t).update());
            assertThat(jdbc.sql(sql).params(params).update()).isEqualTo(1);
            triggers.forEach(t -> jdbc.sql("ALTER TABLE domain_event_entry ENABLE TRIGGER " + t).update());
        });
    }

    /** Changes one column of the event at {@code position}, verifies, and puts the original value back. */
    private void assertAlteringBreaksTheChainThere(long position, String column, Object tampered) {
        Object original = jdbc.sql("SELECT " + column + " FROM domain_event_entry WHERE global_index = ?")
                .param(position).query((rs, n) -> rs.getObject(1)).single();
        assertThat(tampered).isNotEqualTo(original);
        String update = "UPDATE domain_event_entry SET " + column + " = ? WHERE global_index = ?";
        try {
            tamper(List.of(IMMUTABLE), update, tampered, position);
            JsonNode verdict = verify();
            assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isFalse();
            assertThat(verdict.get("firstBrokenPosition").asLong()).isEqualTo(position);
            assertThat(verdict.get("verifiedThrough").asLong()).isEqualTo(position - 1);
        } finally {
            tamper(List.of(IMMUTABLE), update, original, position);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String text(long position, String column) {
        return jdbc.sql("SELECT convert_from(" + column + ", 'UTF8') FROM domain_event_entry WHERE global_index = ?")
                .param(position).query(String.class).single();
    }

    @Test
    void untouchedStoreVerifiesThroughItsHead() {
        long before = district();
        JsonNode verdict = verify();
        long through = verdict.get("verifiedThrough").asLong();
        assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("firstBrokenPosition").isNull()).isTrue();
        assertThat(through).isGreaterThan(before).isLessThanOrEqualTo(head());
        assertThat(verdict.get("events").asLong()).isEqualTo(through + 1);
        assertThat(verdict.get("head").asText()).isEqualTo(storedLink(through));
        assertThat(verdict.get("checkedAt").asText()).isNotBlank();
    }

    @Test
    void everyStoredLinkIsTheJavaDefinitionOfTheChain() {
        district();
        HashChain chain = new HashChain();
        byte[][] previous = {HashChain.genesis()};
        long[] expected = {0};
        jdbc.sql("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data, chain_link
                        FROM domain_event_entry ORDER BY global_index""")
                .query(rs -> {
                    assertThat(rs.getLong(1)).isEqualTo(expected[0]++);
                    byte[] link = chain.link(previous[0], new HashChain.StoredEvent(rs.getString(2), rs.getString(3),
                            rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getBytes(9), rs.getBytes(10)));
                    assertThat(HexFormat.of().formatHex(rs.getBytes(11))).as("link at %d", rs.getLong(1))
                            .isEqualTo(HexFormat.of().formatHex(link));
                    previous[0] = link;
                });
        assertThat(expected[0]).isGreaterThan(2);
    }

    @Test
    void alteredPayloadBreaksTheChainAtItsPosition() {
        long division = district();
        assertAlteringBreaksTheChainThere(division, "payload",
                utf8(text(division, "payload").replace("Phòng Nội vụ", "Phòng Tài chính")));
    }

    @Test
    void alteredMetaDataAloneBreaksTheChainAtItsPosition() {
        long division = district();
        assertAlteringBreaksTheChainThere(division, "meta_data",
                utf8(text(division, "meta_data").replace("\"admin\"", "\"nguoi-khac\"")));
    }

    @Test
    void alteredRecordTimeBreaksTheChainAtItsPosition() {
        long division = district();
        assertAlteringBreaksTheChainThere(division, "time_stamp", "2020-01-01T00:00:00Z");
    }

    @Test
    void eventMovedToAnotherEntityBreaksTheChainAtItsPosition() {
        long division = district();
        assertAlteringBreaksTheChainThere(division, "aggregate_identifier", "unit:" + p + "-KHAC");
    }

    @Test
    void alteredStoredLinkBreaksTheChainAtItsPosition() {
        long division = district();
        assertAlteringBreaksTheChainThere(division, "chain_link", new byte[HashChain.LINK_LENGTH]);
    }

    @Test
    void deletedEventBreaksTheChainAtItsPosition() {
        long division = district();
        Map<String, Object> row = jdbc.sql("SELECT * FROM domain_event_entry WHERE global_index = ?")
                .param(division).query().singleRow();
        try {
            tamper(List.of(IMMUTABLE), "DELETE FROM domain_event_entry WHERE global_index = ?", division);
            JsonNode verdict = verify();
            assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isFalse();
            assertThat(verdict.get("firstBrokenPosition").asLong()).isEqualTo(division);
            assertThat(verdict.get("verifiedThrough").asLong()).isEqualTo(division - 1);
        } finally {
            long present = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index = ?")
                    .param(division).query(Long.class).single();
            if (present == 0) {
                // back with its own position and link: the append trigger would hand out new ones
                tamper(List.of(POSITION), """
                                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                    sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                                    meta_data, chain_link)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                        row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                        row.get("payload_revision"), row.get("payload"), row.get("meta_data"), row.get("chain_link"));
            }
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void theApplicationCannotRewriteLinksNorMoveTheHead() {
        long division = district();
        assertThat(assertThrows(Exception.class, () -> jdbc.sql(
                        "UPDATE domain_event_entry SET chain_link = '\\x00' WHERE global_index = ?").param(division).update()))
                .rootCause().hasMessageContaining("immutable");
        assertThat(assertThrows(Exception.class, () -> jdbc.sql(
                        "UPDATE event_position SET last_link = ?").param(new byte[HashChain.LINK_LENGTH]).update()))
                .rootCause().hasMessageContaining("head of the event chain");
        assertThat(assertThrows(Exception.class, () -> jdbc.sql(
                        "UPDATE event_position SET last_position = last_position - 1").update()))
                .rootCause().hasMessageContaining("head of the event chain");
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void verifyingNeedsASignedInUser() {
        Api.Response response = Api.anonymous(port).get("/api/integrity/verify");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /**
     * Replaces the text {@code from} by {@code to} in the payload at {@code position} and computes every link from
     * there to the head anew, as the database's owner could: the chain then holds together over the edit.
     */
    private void editAndRechain(long position, String from, String to) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE domain_event_entry DISABLE TRIGGER " + IMMUTABLE).update();
            jdbc.sql("ALTER TABLE event_position DISABLE TRIGGER event_position_forward_only").update();
            assertThat(jdbc.sql("""
                    UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?),
                    'UTF8') WHERE global_index = ?""").params(from, to, position).update()).isEqualTo(1);
            jdbc.sql("""
                    DO $$
                    DECLARE
                        link   BYTEA;
                        stored RECORD;
                    BEGIN
                        SELECT chain_link INTO link FROM domain_event_entry WHERE global_index = %d;
                        FOR stored IN SELECT * FROM domain_event_entry WHERE global_index >= %d ORDER BY global_index
                            LOOP
                                link := event_chain_link(link, stored.event_identifier, stored.aggregate_identifier,
                                                         stored.sequence_number, stored.type, stored.time_stamp,
                                                         stored.payload_type, stored.payload_revision, stored.payload,
                                                         stored.meta_data);
                                UPDATE domain_event_entry SET chain_link = link WHERE global_index = stored.global_index;
                            END LOOP;
                        UPDATE event_position SET last_link = link WHERE id = 1;
                    END
                    $$""".formatted(position - 1, position)).update();
            jdbc.sql("ALTER TABLE event_position ENABLE TRIGGER event_position_forward_only").update();
            jdbc.sql("ALTER TABLE domain_event_entry ENABLE TRIGGER " + IMMUTABLE).update();
        });
    }

    @Test
    void anEditWithTheChainComputedAnewOverItContradictsTheSealOfALaterReview() {
        long division = district();
        long review = created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2024-12-20", "summary": "Sơ kết năm 2024"}""")).json()
                .get("position").asLong();
        try {
            editAndRechain(division, "Phòng Nội vụ", "Phòng Nội vụ (sửa)");
            JsonNode verdict = verify();
            assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isFalse();
            // every link holds; the review's seal of the head before it is what the edit contradicts, and the
            // stream is vouched for only through the last seal before the edit
            assertThat(verdict.get("brokenSealPosition").asLong()).isEqualTo(review);
            assertThat(verdict.get("firstBrokenPosition").asLong()).isLessThanOrEqualTo(division);
            assertThat(verdict.get("verifiedThrough").asLong()).isLessThan(division);
        } finally {
            editAndRechain(division, "Phòng Nội vụ (sửa)", "Phòng Nội vụ");
        }
        JsonNode restored = verify();
        assertThat(restored.get("ok").asBoolean()).as(restored.toString()).isTrue();
        assertThat(restored.get("sealsChecked").asInt()).isPositive();
    }

    @Test
    void reviewSealsTheHeadOfTheChainJustBeforeItsOwnEvent() {
        district();
        long headBefore = head();
        Api.Response held = created(api().post("/api/campaigns/" + p + "-NKTC/reviews", """
                {"kind": "MID_TERM", "heldOn": "2024-12-20", "summary": "Sơ kết 1 năm; 98% CBCCVC đã ký cam kết"}"""));
        long position = held.json().get("position").asLong();
        assertThat(position - 1).isGreaterThanOrEqualTo(headBefore);

        Api.Response trail = api().get("/api/audit/reviews/" + held.json().get("id").asText());
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        JsonNode entry = trail.json().get("entries").get(0);
        assertThat(entry.get("type").asText()).isEqualTo("ReviewHeld");
        assertThat(entry.get("data").get("chainHead").asText())
                .isEqualTo((position - 1) + ":" + storedLink(position - 1));
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }
}
