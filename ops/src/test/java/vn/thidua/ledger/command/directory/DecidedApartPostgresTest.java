package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.unit.UnitClosed;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitMoved;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/**
 * Commands of one group commit are each decided before the directory takes the group's events: when two of them,
 * each right alone, break a rule between aggregates together, the directory fails the group (which is then stored one
 * command at a time, the second refused as it would have been alone).
 */
class DecidedApartPostgresTest extends PostgresTest {

    private static final UnitId TO = new UnitId("LB-TO");
    private static final PersonId NAM = new PersonId("LB-TO-01");
    private static int databases;

    private JdbcClient jdbc;
    private DirectoryProjector directory;

    @BeforeEach
    void database() {
        String name = "apart" + databases++;
        JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""))
                .sql("CREATE DATABASE " + name).update();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                postgres.jdbcUrl().replaceFirst("/postgres$", "/" + name), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        directory = new DirectoryProjector(jdbc);
        directory.on(new UnitRegistered(TO, "Tổ công tác", UnitKind.DIVISION, null));
    }

    private void dismissed() {
        directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
        directory.on(new SanctionImposed(new ViolationId("VP-1"), SubjectKind.PERSON, NAM.value(), TO,
                PersonCategory.CONG_CHUC, false, SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 4, 10), "1/QĐ"));
    }

    private SanctionAnnulled annulled() {
        return new SanctionAnnulled(new ViolationId("VP-1"), SubjectKind.PERSON, NAM.value(), TO,
                SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 4, 10), "1/QĐ", "Hủy");
    }

    @Test
    void aUnitClosedOnceItsOnlyPersonWasDismissedStaysClosedWithNobody() {
        dismissed();
        directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập"));
        assertThat(jdbc.sql("SELECT closed FROM directory_unit WHERE unit_id = 'LB-TO'").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void aDismissalAnnulledAndItsUnitClosedTogetherFailTheGroupWhicheverComesFirst() {
        dismissed();
        directory.on(annulled());
        assertThatThrownBy(() -> directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập")))
                .hasMessageContaining("decided together");
    }

    @Test
    void aDismissalAnnulledAfterItsUnitClosedInTheSameGroupFailsIt() {
        dismissed();
        directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập"));
        assertThatThrownBy(() -> directory.on(annulled())).hasMessageContaining("decided together");
    }

    @Test
    void aSanctionAndAChangeOfPostThatDoesNotAllowItFailTheGroupWhicheverComesFirst() {
        directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
        SanctionImposed demotion = new SanctionImposed(new ViolationId("VP-2"), SubjectKind.PERSON, NAM.value(), TO,
                PersonCategory.CONG_CHUC, false, SanctionForm.HA_BAC_LUONG, LocalDate.of(2024, 6, 10), "2/QĐ");
        PersonPostChanged toVienChuc = new PersonPostChanged(NAM, TO, PersonCategory.CONG_CHUC, false,
                PersonCategory.VIEN_CHUC, false, LocalDate.of(2024, 1, 1));
        directory.on(demotion);
        assertThatThrownBy(() -> directory.on(toVienChuc, 1)).hasMessageContaining("decided together");
    }

    @Test
    void aChangeOfPostThenASanctionItDoesNotAllowFailTheGroup() {
        directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
        directory.on(new PersonPostChanged(NAM, TO, PersonCategory.CONG_CHUC, false, PersonCategory.VIEN_CHUC, false,
                LocalDate.of(2024, 1, 1)), 1);
        assertThatThrownBy(() -> directory.on(new SanctionImposed(new ViolationId("VP-2"), SubjectKind.PERSON,
                NAM.value(), TO, PersonCategory.CONG_CHUC, false, SanctionForm.HA_BAC_LUONG, LocalDate.of(2024, 6, 10),
                "2/QĐ"))).hasMessageContaining("decided together");
        // a reprimand, which a viên chức may receive too, stands
        directory.on(new SanctionImposed(new ViolationId("VP-3"), SubjectKind.PERSON, NAM.value(), TO,
                PersonCategory.VIEN_CHUC, false, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 7, 10), "3/QĐ"));
    }

    @Test
    void twoUnitsMovedUnderEachOtherAtOnceFailTheGroup() {
        UnitId other = new UnitId("LB-KHAC");
        directory.on(new UnitRegistered(other, "Tổ khác", UnitKind.DIVISION, null));
        directory.on(new UnitMoved(TO, null, other, LocalDate.of(2024, 6, 1)));
        assertThatThrownBy(() -> directory.on(new UnitMoved(other, null, TO, LocalDate.of(2024, 6, 1))))
                .isInstanceOf(vn.thidua.ledger.command.dispatch.DecidedApartException.class);
    }

    @Test
    void nothingNewIsPutUnderAUnitClosedInTheSameGroup() {
        directory.on(new UnitRegistered(new UnitId("LB-CON"), "Tổ con", UnitKind.DIVISION, TO));
        // closed above a unit still open
        assertThatThrownBy(() -> directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập")))
                .hasMessageContaining("decided together");
        directory.on(new UnitClosed(new UnitId("LB-CON"), LocalDate.of(2024, 4, 1), "Sáp nhập"));
        directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập"));
        assertThatThrownBy(() -> directory.on(new UnitRegistered(new UnitId("LB-MOI"), "Tổ mới", UnitKind.DIVISION,
                TO))).hasMessageContaining("decided together");
        assertThatThrownBy(() -> directory.on(new vn.thidua.ledger.api.campaign.CampaignLaunched(
                new vn.thidua.ledger.api.campaign.CampaignId("NKTC"), "Nói không", null, TO,
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31), null, null)))
                .hasMessageContaining("decided together");
        assertThatThrownBy(() -> directory.on(new vn.thidua.ledger.api.covenant.CovenantSigned(
                new vn.thidua.ledger.api.covenant.CovenantId("GU-1"), new vn.thidua.ledger.api.campaign.CampaignId("VH"),
                java.util.List.of(TO), LocalDate.of(2024, 6, 1), "Giao ước thi đua")))
                .hasMessageContaining("decided together");
    }

    @Test
    void noOneIsRegisteredInOrTransferredToAUnitClosedInTheSameGroup() {
        directory.on(new UnitClosed(TO, LocalDate.of(2024, 5, 1), "Sáp nhập"));
        assertThatThrownBy(() -> directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC,
                false), 0)).hasMessageContaining("decided together");
        directory.on(new UnitRegistered(new UnitId("LB-BD"), "Phường Bồ Đề", UnitKind.COMMUNE, null));
        directory.on(new PersonRegistered(new PersonId("LB-BD-01"), new UnitId("LB-BD"), "Lê Thị Hoa",
                PersonCategory.CONG_CHUC, false), 1);
        assertThatThrownBy(() -> directory.on(new PersonTransferred(new PersonId("LB-BD-01"), new UnitId("LB-BD"), TO,
                LocalDate.of(2024, 6, 1)), 2)).hasMessageContaining("decided together");
    }

    @Test
    void aTransferOrChangeOfPostDatedAfterADismissalInTheSameGroupFailsIt() {
        directory.on(new UnitRegistered(new UnitId("LB-BD"), "Phường Bồ Đề", UnitKind.COMMUNE, null));
        dismissed(); // on 10 April 2024
        assertThatThrownBy(() -> directory.on(new PersonTransferred(NAM, TO, new UnitId("LB-BD"),
                LocalDate.of(2024, 5, 1)), 1)).hasMessageContaining("decided together");
        assertThatThrownBy(() -> directory.on(new PersonPostChanged(NAM, TO, PersonCategory.CONG_CHUC, false,
                PersonCategory.CONG_CHUC, true, LocalDate.of(2024, 4, 11)), 1)).hasMessageContaining("decided together");
        // dated on or before the decision's day: the person still served
        directory.on(new PersonTransferred(NAM, TO, new UnitId("LB-BD"), LocalDate.of(2024, 4, 10)), 1);
    }
}
