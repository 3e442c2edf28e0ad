package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/**
 * Reading the directory ahead for a group of commands answers every later question exactly as asking one by one
 * would, in one query per table. Kept with ops, where the embedded PostgreSQL is.
 */
class DirectoryReadAheadPostgresTest {

    @TempDir
    static Path tempDir;
    static EmbeddedPostgres postgres;
    static DataSource dataSource;

    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgres.start(tempDir.resolve("pg"), 0);
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        JdbcClient ddl = JdbcClient.create(dataSource);
        ddl.sql("""
                CREATE TABLE directory_unit (unit_id VARCHAR(64) PRIMARY KEY, parent_id VARCHAR(64), name TEXT NOT NULL,
                                             kind VARCHAR(32) NOT NULL, closed BOOLEAN NOT NULL DEFAULT FALSE,
                                             closed_on DATE)""")
                .update();
        ddl.sql("""
                CREATE TABLE directory_person (person_id VARCHAR(64) PRIMARY KEY, unit_id VARCHAR(64) NOT NULL,
                                               category VARCHAR(32) NOT NULL, leader BOOLEAN NOT NULL,
                                               joined_on DATE)""").update();
        ddl.sql("""
                CREATE TABLE directory_person_sanction (violation_id VARCHAR(64) PRIMARY KEY,
                                                        person_id VARCHAR(64) NOT NULL, form VARCHAR(32) NOT NULL,
                                                        decided_on DATE NOT NULL)""").update();
        // LB-PNV-01 was dismissed on 2025-03-01 (a reprimand before that does not end service)
        ddl.sql("""
                INSERT INTO directory_person_sanction VALUES ('VP-1', 'LB-PNV-01', 'KHIEN_TRACH', DATE '2024-10-01'),
                    ('VP-2', 'LB-PNV-01', 'BUOC_THOI_VIEC', DATE '2025-03-01')""").update();
        ddl.sql("""
                CREATE TABLE directory_person_assignment (person_id VARCHAR(64) NOT NULL, unit_id VARCHAR(64) NOT NULL,
                                                          from_date DATE, position BIGINT NOT NULL,
                                                          PRIMARY KEY (person_id, position))""").update();
        ddl.sql("""
                INSERT INTO directory_unit VALUES ('LB', NULL, 'Quận Long Biên', 'DISTRICT', FALSE, NULL),
                    ('LB-PNV', 'LB', 'Phòng Nội vụ', 'DEPARTMENT', FALSE, NULL),
                    ('LB-PTC', 'LB', 'Phòng Tài chính', 'DEPARTMENT', TRUE, DATE '2024-12-31')""").update();
        ddl.sql("""
                INSERT INTO directory_person VALUES ('LB-PNV-01', 'LB-PNV', 'CONG_CHUC', TRUE, NULL),
                    ('LB-PTC-01', 'LB-PNV', 'VIEN_CHUC', FALSE, DATE '2019-08-01')""").update();
        // LB-PTC-01 moved from Tài chính to Nội vụ on 2024-07-01; LB-PNV-01 has always been in Nội vụ
        ddl.sql("""
                INSERT INTO directory_person_assignment VALUES ('LB-PNV-01', 'LB-PNV', NULL, 0),
                    ('LB-PTC-01', 'LB-PTC', NULL, 3), ('LB-PTC-01', 'LB-PNV', '2024-07-01', 9)""").update();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    private static final List<UnitId> UNITS = List.of(new UnitId("LB-PNV"), new UnitId("LB-PTC"),
            new UnitId("LB-NOWHERE"));
    private static final List<PersonId> PERSONS = List.of(new PersonId("LB-PNV-01"), new PersonId("LB-PTC-01"),
            new PersonId("LB-NOBODY"));

    /** Everything the handlers ask about {@link #UNITS} and {@link #PERSONS}, in one transaction. */
    private List<Object> answers(boolean readAhead) {
        return transactions.execute(tx -> {
            if (readAhead) {
                directory.readAhead(UNITS, PERSONS);
            }
            List<Object> answers = new ArrayList<>();
            UNITS.forEach(unit -> answers.add(directory.unit(unit)));
            for (PersonId person : PERSONS) {
                answers.add(directory.person(person));
                for (LocalDate day : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1))) {
                    answers.add(directory.unitOn(person, day));
                }
            }
            return answers;
        });
    }

    @Test
    void answersAfterReadingAheadAreTheAnswersAskedOneByOne() {
        List<Object> oneByOne = answers(false);

        assertThat(answers(true)).isEqualTo(oneByOne);
        // the answers compared are not all empty: a closed unit, a transfer
        assertThat(oneByOne).contains(directory.unit(new UnitId("LB-PTC")), Optional.of(new UnitId("LB-PTC")));
        assertThat(directory.unitOn(new PersonId("LB-PTC-01"), LocalDate.of(2024, 6, 30)))
                .contains(new UnitId("LB-PTC"));
    }

    @Test
    void afterReadingAheadNoQuestionGoesToTheDatabase() {
        transactions.executeWithoutResult(tx -> {
            directory.readAhead(UNITS, PERSONS);
            // dropped for the rest of the transaction: any question still sent would fail
            jdbc.sql("ALTER TABLE directory_unit RENAME TO directory_unit_away").update();
            jdbc.sql("ALTER TABLE directory_person RENAME TO directory_person_away").update();
            jdbc.sql("ALTER TABLE directory_person_assignment RENAME TO directory_person_assignment_away").update();
            jdbc.sql("ALTER TABLE directory_person_sanction RENAME TO directory_person_sanction_away").update();

            // the terms of service too: the first day, the dismissal
            assertThat(directory.joinedOn(new PersonId("LB-PTC-01"))).contains(LocalDate.of(2019, 8, 1));
            assertThat(directory.joinedOn(new PersonId("LB-PNV-01"))).isEmpty();
            assertThat(directory.dismissal(new PersonId("LB-PNV-01")).orElseThrow().decidedOn())
                    .isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(directory.dismissal(new PersonId("LB-PTC-01"))).isEmpty();
            assertThat(directory.unit(new UnitId("LB-NOWHERE"))).isEmpty();
            assertThat(directory.unit(new UnitId("LB-PTC")).orElseThrow().closed()).isTrue();
            assertThat(directory.person(new PersonId("LB-NOBODY"))).isEmpty();
            assertThat(directory.unitOn(new PersonId("LB-PTC-01"), LocalDate.of(2024, 7, 1)))
                    .contains(new UnitId("LB-PNV"));
            assertThat(directory.unitOn(new PersonId("LB-NOBODY"), LocalDate.of(2024, 7, 1))).isEmpty();
            tx.setRollbackOnly();
        });
    }

    @Test
    void aGroupOfCommandsIsReadAheadByTheUnitsAndPersonsItsCommandsName() {
        EvaluatePerson evaluation = new EvaluatePerson(new PersonId("LB-PTC-01"),
                Period.month(YearMonth.of(2024, 7)), null, Map.of(), null, null);
        DirectoryReadAhead readAhead = new DirectoryReadAhead(directory);
        transactions.executeWithoutResult(tx -> {
            readAhead.readAheadFor(List.of(evaluation, "not a record"));
            jdbc.sql("ALTER TABLE directory_person RENAME TO directory_person_away").update();
            jdbc.sql("ALTER TABLE directory_person_assignment RENAME TO directory_person_assignment_away").update();

            assertThat(directory.person(new PersonId("LB-PTC-01")).orElseThrow().unitId())
                    .isEqualTo(new UnitId("LB-PNV"));
            assertThat(directory.unitOn(new PersonId("LB-PTC-01"), LocalDate.of(2024, 7, 1)))
                    .contains(new UnitId("LB-PNV"));
            tx.setRollbackOnly();
        });
    }
}
