package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A rebuild's batches sent to PostgreSQL give the rows the live projection's statements give one at a time. Kept
 * with ops, where the embedded PostgreSQL is; in the batch's package, whose classes are package-private.
 */
class StatementBatchPostgresTest extends PostgresTest {

    private static final String EVALUATION = """
            INSERT INTO evaluation (id, position, superseded, scores) VALUES (?, ?, NULL, ?::jsonb)
            ON CONFLICT DO NOTHING""";
    private static final String SUPERSEDE = """
            UPDATE evaluation SET superseded = ? WHERE id = ? AND superseded IS NULL AND position < ?""";
    private static final String FACT = """
            INSERT INTO %s (id, position, name, note, amount, leader, month, recorded_at, data, missing)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, NULL) ON CONFLICT DO NOTHING""";

    private Connection connection;

    @BeforeEach
    void createTables() throws SQLException {
        connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS evaluation, fact_one_by_one, fact_copied, loose");
            ddl.execute("""
                    CREATE TABLE evaluation (id TEXT NOT NULL, position BIGINT NOT NULL, superseded BIGINT,
                                             scores JSONB NOT NULL, PRIMARY KEY (id, position))""");
            for (String table : List.of("fact_one_by_one", "fact_copied")) {
                ddl.execute("""
                        CREATE TABLE %s (id VARCHAR(64) NOT NULL, position BIGINT NOT NULL, name TEXT NOT NULL,
                                         note TEXT, amount INTEGER NOT NULL, leader BOOLEAN NOT NULL, month DATE,
                                         recorded_at TIMESTAMPTZ NOT NULL, data JSONB NOT NULL, missing DATE,
                                         PRIMARY KEY (id, position))""".formatted(table));
            }
            ddl.execute("CREATE TABLE loose (id TEXT PRIMARY KEY, data TEXT NOT NULL)");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<String> rows(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
             var result = select.executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Test
    void anUpdateSeesTheRowsInsertedBeforeItInTheSameBatch() throws SQLException {
        StatementBatch batch = new StatementBatch(new HashMap<>());
        batch.insert(EVALUATION, "e1", 1L, "{\"A\": 1}");
        batch.insert(EVALUATION, "e2", 2L, "{\"A\": 2}");
        batch.execute(SUPERSEDE, 3L, "e1", 3L);
        batch.insert(EVALUATION, "e1", 3L, "{\"A\": 3}");

        batch.sendTo(connection, new RowCopy(connection));
        connection.commit();

        assertThat(rows("evaluation")).containsExactly("(e1,1,3,\"{\"\"A\"\": 1}\")", "(e1,3,,\"{\"\"A\"\": 3}\")",
                "(e2,2,,\"{\"\"A\"\": 2}\")");
    }

    @Test
    void copiedRowsAreTheRowsTheInsertsGiveOneAtATime() throws SQLException {
        List<Object[]> facts = List.of(
                new Object[] {"u-1", 1L, "Phường Gia Thụy", "tab\there, line\nthere, back\\slash", 25, true,
                        LocalDate.of(2024, 5, 1), Timestamp.from(Instant.parse("2024-05-17T03:04:05.678Z")),
                        "{\"GENERAL\": 25, \"note\": \"Đạt\"}"},
                new Object[] {"u-2", 2L, "Phường Ngọc Lâm", null, -3, false, null,
                        Timestamp.from(Instant.parse("2026-11-22T02:07:21.940123Z")), "[]"});
        Statements oneByOne = Statements.immediate(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        for (Object[] fact : facts) {
            oneByOne.insert(FACT.formatted("fact_one_by_one"), fact);
        }
        MultiRowInsert copied = MultiRowInsert.of(FACT.formatted("fact_copied")).orElseThrow();

        boolean byCopy = new RowCopy(connection).copy(copied, facts);
        connection.commit();

        assertThat(byCopy).isTrue();
        assertThat(rows("fact_copied")).hasSize(2).isEqualTo(rows("fact_one_by_one"));
    }

    @Test
    void rowsThatConflictGoByTheInsertAfterAllTheFirstOneWinning() throws Exception {
        String insert = "INSERT INTO loose (id, data) VALUES (?, ?) ON CONFLICT DO NOTHING";
        try (Statement existing = connection.createStatement()) {
            existing.execute("INSERT INTO loose VALUES ('k0', 'there before')");
        }
        connection.commit();
        List<Object[]> rows = List.of(new Object[] {"k1", "first"}, new Object[] {"k2", "other"},
                new Object[] {"k1", "second"}, new Object[] {"k0", "again"});
        assertThatThrownBy(() -> new RowCopy(connection).copy(MultiRowInsert.of(insert).orElseThrow(), rows))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(RowCopy.isConflict(e)).isTrue());
        connection.rollback();

        StatementBatch batch = new StatementBatch(new HashMap<>());
        rows.forEach(row -> batch.insert(insert, row));
        batch.handled(1);
        List<StatementBatch> committed = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""),
                "test-writer", committed::add)) {
            writer.submit(batch);
            writer.awaitCommitted();
        }

        assertThat(committed).containsExactly(batch);
        assertThat(rows("loose")).containsExactly("(k0,\"there before\")", "(k1,first)", "(k2,other)");
    }

    @Test
    void aFailureOfTheWriterReachesTheReadingThread() throws Exception {
        StatementBatch wrong = new StatementBatch(new HashMap<>());
        wrong.insert("INSERT INTO nowhere (id) VALUES (?)", "x");
        StatementBatch right = new StatementBatch(new HashMap<>());
        right.insert("INSERT INTO loose (id, data) VALUES (?, ?)", "k1", "after");
        List<StatementBatch> committed = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""),
                "test-writer", committed::add)) {
            // heard of when queueing the next work or waiting for it, whichever comes after the failure
            assertThatThrownBy(() -> {
                writer.submit(() -> {
                    throw new IllegalStateException("no copy of fact_timeline");
                });
                writer.awaitCommitted();
            }).hasMessageContaining("no copy of fact_timeline");
        }
        try (BatchWriter writer = new BatchWriter(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""),
                "test-writer", committed::add)) {
            assertThatThrownBy(() -> {
                writer.submit(wrong);
                writer.awaitCommitted();
            }).hasMessageContaining("nowhere");
            assertThatThrownBy(() -> writer.submit(right))
                    .hasMessageContaining("nowhere");
        }

        assertThat(committed).isEmpty();
        assertThat(rows("loose")).isEmpty();
    }

    @Test
    void aCastToAnotherTypeThanTheColumnsIsLeftToTheInsert() throws SQLException {
        String insert = "INSERT INTO loose (id, data) VALUES (?, ?::jsonb)";
        List<Object[]> rows = List.<Object[]>of(new Object[] {"k1", "{\"b\":1,  \"a\":2}"});

        assertThat(new RowCopy(connection).copy(MultiRowInsert.of(insert).orElseThrow(), rows)).isFalse();

        StatementBatch batch = new StatementBatch(new HashMap<>());
        rows.forEach(row -> batch.insert(insert, row));
        batch.sendTo(connection, new RowCopy(connection));
        connection.commit();

        // the text jsonb makes of it, not the text given
        assertThat(rows("loose")).containsExactly("(k1,\"{\"\"a\"\": 2, \"\"b\"\": 1}\")");
    }

    @Test
    void batchesSplitByTableAreHeardOfAsCommittedInTheOrderTheyCame() throws Exception {
        String loose = "INSERT INTO loose (id, data) VALUES (?, ?) ON CONFLICT DO NOTHING";
        List<StatementBatch> batches = new ArrayList<>();
        for (int b = 0; b < 30; b++) {
            StatementBatch batch = new StatementBatch(new HashMap<>());
            for (int r = 0; r < 50; r++) {
                batch.insert(EVALUATION, "e" + b + "-" + r, (long) b, "{}");
                batch.insert(loose, "k" + b + "-" + r, "batch " + b);
            }
            batch.handled(b);
            batches.add(batch);
        }
        // an event without rows still counts
        StatementBatch empty = new StatementBatch(new HashMap<>());
        empty.handled(30);
        batches.add(empty);

        assertThat(writtenByTwoLanes(batches)).containsExactlyElementsOf(batches);
        assertThat(rows("evaluation")).hasSize(1500);
        assertThat(rows("loose")).hasSize(1500);
    }

    @Test
    void aStatementSeesTheRowsOfEveryTableSentBeforeItByAnyLane() throws Exception {
        String loose = "INSERT INTO loose (id, data) VALUES (?, ?)";
        List<StatementBatch> batches = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            StatementBatch batch = new StatementBatch(new HashMap<>());
            for (int r = 0; r < 100; r++) {
                batch.insert(EVALUATION, "e" + b + "-" + r, (long) b, "{}");
                batch.insert(loose, "k" + b + "-" + r, "not yet");
            }
            batches.add(batch);
        }
        StatementBatch update = new StatementBatch(new HashMap<>());
        update.execute("""
                UPDATE loose SET data = 'seen ' || (SELECT count(*) FROM evaluation)
                WHERE id IN (SELECT 'k' || substr(id, 2) FROM evaluation)""");
        batches.add(update);
        StatementBatch after = new StatementBatch(new HashMap<>());
        after.insert(loose, "k-last", "after");
        batches.add(after);

        assertThat(writtenByTwoLanes(batches)).containsExactlyElementsOf(batches);
        assertThat(rows("loose")).hasSize(1001).filteredOn(row -> row.endsWith(",\"seen 1000\")")).hasSize(1000);
        assertThat(rows("loose")).contains("(k-last,after)");
    }

    @Test
    void aTableMovedToAnotherLaneKeepsTheOrderOfItsRows() throws Exception {
        String loose = "INSERT INTO loose (id, data) VALUES (?, ?) ON CONFLICT DO NOTHING";
        String copied = FACT.formatted("fact_copied");
        Timestamp at = Timestamp.from(Instant.parse("2024-05-17T03:04:05.678Z"));
        // evaluation is the heaviest and gets a lane to itself; fact_copied, then loose, go by the other
        StatementBatch first = new StatementBatch(new HashMap<>());
        for (int r = 0; r < 300; r++) {
            first.insert(EVALUATION, "e" + r, 1L, "{}");
        }
        for (int r = 0; r < 20; r++) {
            first.insert(copied, "c" + r, 1L, "name", null, r, false, null, at, "{}");
        }
        for (int r = 0; r < 50; r++) {
            first.insert(loose, "k" + r, "first");
        }
        // now fact_copied is the heaviest and keeps its lane, so loose moves to the other
        StatementBatch second = new StatementBatch(new HashMap<>());
        for (int r = 20; r < 120; r++) {
            second.insert(copied, "c" + r, 2L, "name", null, r, false, null, at, "{}");
        }
        for (int r = 0; r < 50; r++) {
            second.insert(loose, "k" + r, "second");
        }
        List<StatementBatch> committed = new ArrayList<>();

        try (BatchWriter writer = new BatchWriter(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""),
                "test-writer", 2, committed::add)) {
            // holds the first lane's share of the first batch back, before it reaches loose
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE fact_copied IN EXCLUSIVE MODE");
            }
            writer.submit(first);
            writer.submit(second);
            Thread.sleep(500);
            connection.commit();
            writer.awaitCommitted();
        }

        assertThat(committed).containsExactly(first, second);
        assertThat(rows("loose")).hasSize(50).allMatch(row -> row.endsWith(",first)"));
        assertThat(rows("fact_copied")).hasSize(120);
    }

    /** Sends {@code batches} through a writer of two lanes and answers the batches it said were committed. */
    private List<StatementBatch> writtenByTwoLanes(List<StatementBatch> batches) throws Exception {
        List<StatementBatch> committed = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""),
                "test-writer", 2, committed::add)) {
            for (StatementBatch batch : batches) {
                writer.submit(batch);
            }
            writer.awaitCommitted();
        }
        return committed;
    }
}
