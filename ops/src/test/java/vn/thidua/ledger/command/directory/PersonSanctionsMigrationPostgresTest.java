package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Sanctions stored before the directory kept them are known to it after the migration, as they stand now. */
class PersonSanctionsMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_PERSON_SANCTIONS = "2026.12.11.02";
    private static final String HUONG = "LB-PNV-01";
    private long index;

    @Test
    void storedSanctionsInForceAreKnownByTheirDays() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(BEFORE_PERSON_SANCTIONS).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        sanction(jdbc, "Imposed", "V1", "PERSON", HUONG, "HA_BAC_LUONG", "2024-06-10");
        // annulled: no longer in force
        sanction(jdbc, "Imposed", "V2", "PERSON", HUONG, "CANH_CAO", "2024-07-01");
        sanction(jdbc, "Annulled", "V2", "PERSON", HUONG, "CANH_CAO", "2024-07-01");
        // annulled, then decided again: the last decision stands
        sanction(jdbc, "Imposed", "V3", "PERSON", HUONG, "CANH_CAO", "2024-08-01");
        sanction(jdbc, "Annulled", "V3", "PERSON", HUONG, "CANH_CAO", "2024-08-01");
        sanction(jdbc, "Imposed", "V3", "PERSON", HUONG, "KHIEN_TRACH", "2024-09-01");
        // a unit's criticism is no person's
        sanction(jdbc, "Imposed", "V4", "UNIT", "LB-PNV", "PHE_BINH", "2024-10-01");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcOrganisationDirectory directory = new JdbcOrganisationDirectory(jdbc);
        assertThat(directory.sanctionsDecidedFrom(new PersonId(HUONG), LocalDate.of(2024, 1, 1))).containsExactly(
                new OrganisationDirectory.PersonSanction(new ViolationId("V1"), SanctionForm.HA_BAC_LUONG,
                        LocalDate.of(2024, 6, 10)),
                new OrganisationDirectory.PersonSanction(new ViolationId("V3"), SanctionForm.KHIEN_TRACH,
                        LocalDate.of(2024, 9, 1)));
        assertThat(directory.sanctionsDecidedFrom(new PersonId(HUONG), LocalDate.of(2024, 6, 11)))
                .extracting(OrganisationDirectory.PersonSanction::violationId).containsExactly(new ViolationId("V3"));
        assertThat(directory.sanctionsDecidedFrom(new PersonId("LB-PNV"), LocalDate.of(2024, 1, 1))).isEmpty();
    }

    private void sanction(JdbcClient jdbc, String what, String violationId, String subjectKind, String subjectId,
                          String form, String decidedOn) {
        long n = index++;
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload)
                        VALUES (?, ?, ?, 'Violation', '2025-01-01T03:00:00Z', ?, '1', ?)""")
                .params("e-" + n, violationId, n, "vn.thidua.ledger.api.violation.Sanction" + what, """
                        {"violationId": "%s", "subjectKind": "%s", "subjectId": "%s", "unitId": "LB-PNV",
                         "form": "%s", "decidedOn": "%s", "decisionNo": "1/QĐ-KL"}"""
                        .formatted(violationId, subjectKind, subjectId, form, decidedOn)
                        .getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
