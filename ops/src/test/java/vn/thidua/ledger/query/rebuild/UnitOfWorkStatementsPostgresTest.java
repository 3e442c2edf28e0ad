package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A live processor's batch, sent by COPY in the processor's transaction, stores what its INSERTs store, also when
 * it meets rows already there (a batch handled again after a crash).
 */
class UnitOfWorkStatementsPostgresTest extends PostgresTest {

    private static final String ENTRY = """
            INSERT INTO entry (id, position, note, recorded_at, month) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String SUPERSEDE = "UPDATE entry SET superseded = ? WHERE id = ? AND superseded IS NULL";

    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private Statements live;

    @BeforeEach
    void createTable() {
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP TABLE IF EXISTS entry").update();
        jdbc.sql("""
                CREATE TABLE entry (id VARCHAR(64) NOT NULL, position BIGINT NOT NULL, note TEXT, recorded_at
                                    TIMESTAMPTZ NOT NULL, month DATE, superseded BIGINT, PRIMARY KEY (id, position))""")
                .update();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        live = Statements.perUnitOfWork(dataSource);
    }

    @Test
    void aBatchStoresItsRowsAndItsStatementsInOrder() {
        inUnitOfWork(statements -> {
            statements.insert(ENTRY, "a", 1L, "tab\tand\nnewline \\ back", at(1), LocalDate.of(2024, 5, 1));
            statements.insert(ENTRY, "b", 2L, null, at(2), null);
            statements.execute(SUPERSEDE, 3L, "a");
            statements.insert(ENTRY, "a", 3L, "Hoàn thành tốt nhiệm vụ", at(3), LocalDate.of(2024, 6, 1));
        });

        assertThat(rows()).containsExactly(
                "a|1|tab\tand\nnewline \\ back|2024-01-01 00:00:01+00|2024-05-01|3",
                "a|3|Hoàn thành tốt nhiệm vụ|2024-01-01 00:00:03+00|2024-06-01|",
                "b|2||2024-01-01 00:00:02+00||");
    }

    @Test
    void aBatchMeetingRowsAlreadyThereIsSentAgainByItsInsertsInTheSameTransaction() {
        inUnitOfWork(statements -> statements.insert(ENTRY, "a", 1L, "first", at(1), null));
        List<String> before = rows();

        // the same event handled again, with the one after it
        inUnitOfWork(statements -> {
            statements.insert(ENTRY, "a", 1L, "first, again", at(1), null);
            statements.insert(ENTRY, "b", 2L, "second", at(2), null);
            statements.execute(SUPERSEDE, 2L, "a");
        });

        assertThat(before).containsExactly("a|1|first|2024-01-01 00:00:01+00||");
        assertThat(rows()).containsExactly("a|1|first|2024-01-01 00:00:01+00||2", "b|2|second|2024-01-01 00:00:02+00||");
    }

    @Test
    void aBatchRolledBackStoresNothing() {
        try {
            inUnitOfWork(statements -> {
                statements.insert(ENTRY, "a", 1L, "first", at(1), null);
                statements.execute("UPDATE entry SET position = position / 0");
            });
        } catch (RuntimeException expected) {
            // the division by zero, in the batch's transaction
        }

        assertThat(rows()).isEmpty();
    }

    /** Gives statements in a unit of work in a transaction, as a pooled processor handles a batch of events. */
    private void inUnitOfWork(Consumer<Statements> handler) {
        transactions.executeWithoutResult(tx -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                handler.accept(live);
                unitOfWork.commit();
            } catch (RuntimeException e) {
                if (unitOfWork.isActive()) {
                    unitOfWork.rollback(e);
                }
                throw e;
            }
        });
    }

    private List<String> rows() {
        return jdbc.sql("""
                        SELECT concat_ws('|', id, position, coalesce(note, ''), recorded_at AT TIME ZONE 'UTC' || '+00',
                                         coalesce(month::text, ''), coalesce(superseded::text, ''))
                        FROM entry ORDER BY id, position""").query(String.class).list();
    }

    private static Timestamp at(int second) {
        return Timestamp.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(second));
    }
}
