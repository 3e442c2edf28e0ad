package vn.thidua.ledger.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.query.rebuild.PostgresTest;
import vn.thidua.ledger.query.rebuild.Statements;

/**
 * A moment's position is the longest start of the stream stored by then: a write stamped on arrival that waited
 * behind a longer one (an import) counts from the moment the events before it were stored.
 */
class TimelinePostgresTest extends PostgresTest {

    private static final Instant T1 = Instant.parse("2026-12-06T23:02:50Z");
    /** The import's events, stamped as it was stored. */
    private static final Instant T3 = Instant.parse("2026-12-06T23:03:07Z");
    /** A single write that arrived during the import and was appended after it. */
    private static final Instant T2 = Instant.parse("2026-12-06T23:02:59Z");
    private static final Instant T4 = Instant.parse("2026-12-06T23:03:10Z");

    @Test
    void aWriteAppendedAfterALaterStampedOneCountsFromThatOnesMoment() throws Exception {
        DriverManagerDataSource dataSource = database("projected");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        FactsProjector projector = new FactsProjector(jdbc, new ObjectMapper().findAndRegisterModules(),
                FactsProjector.TABLES, Statements.immediate(jdbc));
        Instant[] stamped = {T1, T3, T2, T4};
        for (int position = 0; position < stamped.length; position++) {
            projector.project(new UnitRegistered(new UnitId("U" + position), "Phường " + position, UnitKind.COMMUNE,
                    null), stamped[position], null, position, Statements.immediate(jdbc));
        }
        FactsReader facts = new FactsReader(jdbc, new ObjectMapper());

        assertThat(facts.positionAt(T1)).isZero();
        // position 2 was stamped 23:02:59 but stored after position 1, at 23:03:07
        assertThat(facts.positionAt(T2)).isZero();
        assertThat(facts.positionAt(Instant.parse("2026-12-06T23:03:00Z"))).isZero();
        assertThat(facts.positionAt(T3)).isEqualTo(2);
        assertThat(facts.positionAt(T4)).isEqualTo(3);
        assertThat(facts.positionAt(T1.minusSeconds(1))).isEqualTo(-1);

        // a projector starting over (another node, a retried batch) goes on from what the timeline holds
        FactsProjector again = new FactsProjector(jdbc, new ObjectMapper().findAndRegisterModules(),
                FactsProjector.TABLES, Statements.immediate(jdbc));
        again.project(new UnitRegistered(new UnitId("U4"), "Phường 4", UnitKind.COMMUNE, null), T2, null, 4,
                Statements.immediate(jdbc));
        assertThat(facts.positionAt(T4)).isEqualTo(4);
    }

    @Test
    void aMomentAmidAnImportStandsBeforeAllOfIt() throws Exception {
        DriverManagerDataSource dataSource = database("imported");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        FactsProjector projector = new FactsProjector(jdbc, new ObjectMapper().findAndRegisterModules(),
                FactsProjector.TABLES, Statements.immediate(jdbc));
        // one write, then an import of three rows stamped one by one as it was decided, then another write
        Instant[] stamped = {T1, T2, T3, T3.plusMillis(200), T4};
        String[] imports = {null, "IMP-1", "IMP-1", "IMP-1", null};
        for (int position = 0; position < stamped.length; position++) {
            projector.project(new UnitRegistered(new UnitId("I" + position), "Phường " + position, UnitKind.COMMUNE,
                    null), stamped[position], imports[position], position, Statements.immediate(jdbc));
        }
        FactsReader facts = new FactsReader(jdbc, new ObjectMapper());

        assertThat(facts.positionAt(T2)).isZero();
        assertThat(facts.positionAt(T3)).isZero();
        assertThat(facts.positionAt(T3.plusMillis(200))).isEqualTo(3);
        assertThat(facts.positionAt(T4)).isEqualTo(4);
    }

    @Test
    void theTimelineProjectedBeforeTakesTheMomentsItsStartWasStoredBy() {
        DriverManagerDataSource dataSource = database("migrated");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2026.12.11.03")
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Instant[] stamped = {T1, T3, T2, T4};
        for (int position = 0; position < stamped.length; position++) {
            jdbc.sql("INSERT INTO fact_timeline (position, recorded_at) VALUES (?, ?)")
                    .params(position, Timestamp.from(stamped[position])).update();
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT recorded_at FROM fact_timeline ORDER BY position").query(Timestamp.class).list())
                .extracting(Timestamp::toInstant).containsExactly(T1, T3, T3, T4);
        assertThat(new FactsReader(jdbc, new ObjectMapper()).positionAt(T2)).isZero();
    }

    @Test
    void positionsProjectedBeforeKnowTheImportTheyCameWith() {
        DriverManagerDataSource dataSource = database("imports_before");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2026.12.11.06")
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String[] metaData = {"{\"actor\": \"admin\"}", "{\"actor\": \"admin\", \"importId\": \"IMP-7\"}",
                "{\"importId\": \"IMP-7\", \"actor\": \"admin\"}", null};
        for (int position = 0; position < metaData.length; position++) {
            jdbc.sql("""
                            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                            time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, 0, 'Unit', '2026-12-06T23:03:07Z', 'vn.thidua.ledger.api.unit.UnitRegistered',
                                    '1', ?, ?)""")
                    .params("e-" + position, "unit:U" + position, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            metaData[position] == null ? null
                                    : metaData[position].getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .update();
            jdbc.sql("INSERT INTO fact_timeline (position, recorded_at) VALUES (?, ?)")
                    .params(position, Timestamp.from(T3)).update();
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT coalesce(import_id, '-') FROM fact_timeline ORDER BY position")
                .query(String.class).list()).containsExactly("-", "IMP-7", "IMP-7", "-");
    }

    private static DriverManagerDataSource database(String name) {
        JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""))
                .sql("CREATE DATABASE " + name).update();
        return new DriverManagerDataSource(postgres.jdbcUrl().replaceFirst("/postgres$", "/" + name), postgres.user(),
                "");
    }
}
