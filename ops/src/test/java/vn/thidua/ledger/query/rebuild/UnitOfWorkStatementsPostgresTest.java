package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A live processor's statements are sent when its batch (an Axon unit of work in a Spring transaction, as the
 * pooled processors run them) commits: together (rows by COPY), in order, and not at all when the batch is rolled
 * back; a batch meeting rows already there (handled again after a crash) is sent again by its INSERTs.
 */
class UnitOfWorkStatementsPostgresTest extends PostgresTest {

    private static final String ENTRY = "INSERT INTO entry (subject, position, corrects) VALUES (?, ?, NULL) "
            + "ON CONFLICT DO NOTHING";
    /** As the audit trail's corrections: the subject's latest entry before it, perhaps of the same batch. */
    private static final String CORRECTION = """
            INSERT INTO entry (subject, position, corrects)
            VALUES (?, ?, (SELECT max(position) FROM entry WHERE subject = ? AND position < ?))
            ON CONFLICT DO NOTHING""";

    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private DataSource dataSource;
    private JdbcClient jdbc;
    private SpringTransactionManager transactions;
    private Statements live;

    @BeforeEach
    void createTables() {
        dataSource = recording(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""));
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP TABLE IF EXISTS entry, marker").update();
        jdbc.sql("""
                CREATE TABLE entry (subject TEXT NOT NULL, position BIGINT NOT NULL, corrects BIGINT,
                                    PRIMARY KEY (subject, position))""").update();
        jdbc.sql("CREATE TABLE marker (position BIGINT PRIMARY KEY)").update();
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        live = Statements.perUnitOfWork(dataSource);
        prepared.clear();
    }

    /** {@code dataSource}, noting the SQL of every statement prepared on its connections. */
    private DataSource recording(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")) {
                                prepared.add((String) args[0]);
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** Handles events at positions {@code from}..{@code to} in one unit of work and transaction, as a processor does. */
    private ResultMessage<?> batch(int from, int to, Handler handler) {
        List<EventMessage<?>> events = IntStream.rangeClosed(from, to)
                .<EventMessage<?>>mapToObj(position -> GenericEventMessage.asEventMessage(position)).toList();
        UnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.attachTransaction(transactions);
        return unitOfWork.executeWithResult(() -> {
            handler.handle((Integer) CurrentUnitOfWork.get().getMessage().getPayload());
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
    }

    private interface Handler {
        void handle(int position) throws Exception;
    }

    private List<String> entries() {
        return jdbc.sql("SELECT subject || ',' || position || ',' || coalesce(corrects::text, '') FROM entry "
                + "ORDER BY position, subject").query(String.class).list();
    }

    private long inserts() {
        return prepared.stream().filter(sql -> sql.startsWith("INSERT INTO entry")).count();
    }

    @Test
    void theRowsOfTheEventsOfABatchAreCopiedTogetherAsItCommits() {
        List<Long> seenWhileHandling = new CopyOnWriteArrayList<>();

        ResultMessage<?> result = batch(1, 3, position -> {
            live.insert(ENTRY, "a", (long) position);
            live.insert(ENTRY, "b", (long) position);
            seenWhileHandling.add(jdbc.sql("SELECT count(*) FROM entry").query(Long.class).single());
        });

        assertThat(result.isExceptional()).as(String.valueOf(result)).isFalse();
        assertThat(seenWhileHandling).containsOnly(0L);
        // by COPY: no INSERT prepared
        assertThat(inserts()).isZero();
        assertThat(entries()).containsExactly("a,1,", "b,1,", "a,2,", "b,2,", "a,3,", "b,3,");
    }

    @Test
    void aStatementReadingTheTableSeesTheRowsOfEarlierEventsOfItsBatchStillPending() {
        ResultMessage<?> result = batch(1, 4, position -> {
            if (position == 3) {
                live.execute(CORRECTION, "a", 3L, "a", 3L);
            } else {
                live.insert(ENTRY, position == 2 ? "b" : "a", (long) position);
            }
        });

        assertThat(result.isExceptional()).as(String.valueOf(result)).isFalse();
        assertThat(entries()).containsExactly("a,1,", "b,2,", "a,3,1", "a,4,");
        // the rows before the correction and after it by COPY, the correction (a sub-query) by its INSERT
        assertThat(inserts()).isEqualTo(1);
    }

    @Test
    void aBatchRolledBackLeavesNothingAndItsStatementsNeverReachTheNextOne() {
        ResultMessage<?> failed = batch(1, 3, position -> {
            live.insert(ENTRY, "a", (long) position);
            if (position == 3) {
                throw new IllegalStateException("handler failed");
            }
        });
        ResultMessage<?> failedToSend = batch(4, 5, position -> {
            // written at once in the batch's transaction, as the processor's token is
            jdbc.sql("INSERT INTO marker (position) VALUES (?)").param(position).update();
            live.insert(position == 5 ? "INSERT INTO nowhere (subject, position) VALUES (?, ?)" : ENTRY, "a",
                    (long) position);
        });

        assertThat(failed.isExceptional()).isTrue();
        assertThat(failedToSend.isExceptional()).isTrue();
        assertThat(failedToSend.exceptionResult()).rootCause().hasMessageContaining("nowhere");
        assertThat(entries()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM marker").query(Long.class).single()).isZero();

        ResultMessage<?> retried = batch(6, 7, position -> live.insert(ENTRY, "a", (long) position));

        assertThat(retried.isExceptional()).as(String.valueOf(retried)).isFalse();
        assertThat(entries()).containsExactly("a,6,", "a,7,");
    }

    @Test
    void aBatchMeetingRowsAlreadyThereIsSentAgainByItsInsertsInItsTransaction() {
        batch(1, 2, position -> live.insert(ENTRY, "a", (long) position));
        prepared.clear();

        // events 1 and 2 handled again (a crash before the token was stored), then a correction and a new row
        ResultMessage<?> again = batch(1, 4, position -> {
            jdbc.sql("INSERT INTO marker (position) VALUES (?)").param(position).update();
            if (position == 3) {
                live.execute(CORRECTION, "a", 3L, "a", 3L);
            } else {
                live.insert(ENTRY, "a", (long) position);
            }
        });

        assertThat(again.isExceptional()).as(String.valueOf(again)).isFalse();
        assertThat(entries()).containsExactly("a,1,", "a,2,", "a,3,2", "a,4,");
        // the COPY of rows 1 and 2 failed on them, so the whole batch went again by INSERTs
        assertThat(inserts()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM marker").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void copiedValuesAreThoseTheInsertsWouldStore() {
        jdbc.sql("DROP TABLE IF EXISTS typed").update();
        jdbc.sql("""
                CREATE TABLE typed (id TEXT PRIMARY KEY, note TEXT, recorded_at TIMESTAMPTZ NOT NULL, month DATE,
                                    amount NUMERIC, leader BOOLEAN)""").update();
        String insert = "INSERT INTO typed (id, note, recorded_at, month, amount, leader) VALUES (?, ?, ?, ?, ?, ?)";
        Timestamp at = Timestamp.from(Instant.parse("2024-01-01T00:00:01.123456Z"));

        ResultMessage<?> result = batch(1, 1, position -> {
            live.insert(insert, "copied", "tab\tand\nnewline \\ back, Hoàn thành", at, LocalDate.of(2024, 5, 1),
                    new BigDecimal("62.50"), true);
            live.insert(insert, "copied-nulls", null, at, null, null, null);
        });
        jdbc.sql(insert).params("inserted", "tab\tand\nnewline \\ back, Hoàn thành", at, LocalDate.of(2024, 5, 1),
                new BigDecimal("62.50"), true).update();
        jdbc.sql(insert).params("inserted-nulls", null, at, null, null, null).update();

        assertThat(result.isExceptional()).as(String.valueOf(result)).isFalse();
        List<String> rows = jdbc.sql("""
                        SELECT concat_ws('|', coalesce(note, '-'), recorded_at, coalesce(month::text, '-'),
                                         coalesce(amount::text, '-'), coalesce(leader::text, '-'))
                        FROM typed ORDER BY id""").query(String.class).list();
        assertThat(rows.get(0)).isEqualTo(rows.get(2)).contains("62.50", "2024-05-01", ".123456");
        assertThat(rows.get(1)).isEqualTo(rows.get(3));
    }

    @Test
    void outsideOfAUnitOfWorkStatementsRunAtOnce() {
        live.insert(ENTRY, "a", 1L);

        assertThat(entries()).containsExactly("a,1,");
    }
}
