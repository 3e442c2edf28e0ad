package vn.thidua.ledger.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationId;
import vn.thidua.ledger.api.evaluation.PersonSelfAssessed;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.LeaveRecorded;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonPostChanged;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.PersonTransferred;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeRenewed;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.unit.UnitClosed;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitMoved;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.violation.SanctionAnnulled;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationSource;
import vn.thidua.ledger.command.dispatch.DecidedApartException;
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
    private TransactionTemplate transactions;

    @BeforeEach
    void database() {
        String name = "apart" + databases++;
        JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), ""))
                .sql("CREATE DATABASE " + name).update();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                postgres.jdbcUrl().replaceFirst("/postgres$", "/" + name), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
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

    private PersonEvaluated evaluated(PersonId person, YearMonth month) {
        return new PersonEvaluated(PersonEvaluationId.of(person.value() + "-" + month), person, TO, month,
                new CriteriaSetId("HN-3814"), 1, Map.of("TASKS", BigDecimal.valueOf(60)), null);
    }

    @Test
    void everyFactOfAPersonDatedAfterADismissalDecidedTogetherFailsTheGroup() {
        dismissed(); // on 10 April 2024
        LocalDate after = LocalDate.of(2024, 4, 11);
        List<Runnable> facts = List.of(
                () -> directory.on(evaluated(NAM, YearMonth.of(2024, 5))),
                () -> directory.on(new PersonSelfAssessed(PersonEvaluationId.of("SA-1"), NAM, TO, YearMonth.of(2024, 5),
                        new CriteriaSetId("HN-3814"), 1, Map.of("TASKS", BigDecimal.TEN), null)),
                () -> directory.on(new LeaveRecorded(NAM, TO, LeaveKind.MATERNITY, LocalDate.of(2024, 4, 1), after,
                        null)),
                () -> directory.on(new PledgeSigned(new PledgeId("CK-1"), new CampaignId("NKTC"), NAM, TO, after,
                        List.of())),
                () -> directory.on(new PledgeRenewed(new PledgeId("CK-0"), new CampaignId("NKTC"), NAM, 2024, after,
                        List.of())),
                () -> directory.on(new ViolationRecorded(new ViolationId("VP-9"), SubjectKind.PERSON, NAM.value(), TO,
                        "NK-1", 1, after, ViolationSource.SUPERVISOR, "Hách dịch", null)),
                () -> directory.on(new SanctionImposed(new ViolationId("VP-8"), SubjectKind.PERSON, NAM.value(), TO,
                        PersonCategory.CONG_CHUC, false, SanctionForm.KHIEN_TRACH, after, "8/QĐ")),
                () -> directory.on(new CommendationProposed(new CommendationId("KT-1"),
                        CommendationTitle.GIAY_KHEN, RecipientKind.PERSON, NAM.value(), "2024-05", "Giỏi", null)));
        for (Runnable fact : facts) {
            assertThatThrownBy(fact::run).hasMessageContaining("decided together")
                    .hasMessageContaining("after their dismissal");
        }
        // facts of the decision's day or before: the person still served
        directory.on(new LeaveRecorded(NAM, TO, LeaveKind.MATERNITY, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 10), null));
        directory.on(evaluated(NAM, YearMonth.of(2024, 4)));
    }

    @Test
    void aViolationAmendedAfterALateDismissalIsHeldAgainstItOnlyWhenItsDayChanges() {
        directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
        directory.on(new ViolationRecorded(new ViolationId("VP-2"), SubjectKind.PERSON, NAM.value(), TO, "NK-1", 1,
                LocalDate.of(2024, 6, 1), ViolationSource.SUPERVISOR, "Hách dịch", null));
        // a late decision, dated before the violation recorded: it stands
        directory.on(new SanctionImposed(new ViolationId("VP-1"), SubjectKind.PERSON, NAM.value(), TO,
                PersonCategory.CONG_CHUC, false, SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 5, 20), "1/QĐ"));
        // its description corrected: as the command, the directory does not ask again
        directory.on(new ViolationAmended(new ViolationId("VP-2"), SubjectKind.PERSON, NAM.value(), TO, "NK-1", 1,
                LocalDate.of(2024, 6, 1), "Hách dịch với dân", null, "NK-1", LocalDate.of(2024, 6, 1), "Hách dịch",
                null, "Bổ sung"));
        assertThatThrownBy(() -> directory.on(new ViolationAmended(new ViolationId("VP-2"), SubjectKind.PERSON,
                NAM.value(), TO, "NK-1", 1, LocalDate.of(2024, 6, 2), "Hách dịch với dân", null, "NK-1",
                LocalDate.of(2024, 6, 1), "Hách dịch với dân", null, "Sửa ngày"))).hasMessageContaining("decided together");
    }

    @Test
    void aFactStoredInOneTransactionAfterADismissalStoredByAnotherFailsAsItCommits() {
        transactions.executeWithoutResult(tx -> {
            dismissed();
            directory.on(new vn.thidua.ledger.api.campaign.CampaignLaunched(new CampaignId("NKTC"), "Nói không",
                    null, TO, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null));
        });
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            directory.on(new PledgeSigned(new PledgeId("CK-1"), new CampaignId("NKTC"), NAM, TO,
                    LocalDate.of(2024, 5, 2), List.of()));
            directory.on(evaluated(NAM, YearMonth.of(2024, 5)));
        })).isInstanceOf(DecidedApartException.class).hasMessageContaining("pledge of LB-TO-01")
                .hasMessageContaining("after their dismissal");
        // rolled back whole
        assertThat(jdbc.sql("SELECT count(*) FROM directory_pledge").query(Long.class).single()).isZero();
        // the next transaction starts with nothing of the failed one's
        transactions.executeWithoutResult(tx -> directory.on(evaluated(NAM, YearMonth.of(2024, 4))));
    }

    @Test
    void aDismissalAndAFactAfterItInOneTransactionFailItAtTheFact() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            dismissed();
            directory.on(evaluated(NAM, YearMonth.of(2024, 5)));
        })).isInstanceOf(DecidedApartException.class).hasMessageContaining("evaluation of LB-TO-01");
    }

    @Test
    void aDismissalStoredAfterAFactItPredatesIsALateDecisionAndStands() {
        transactions.executeWithoutResult(tx -> {
            directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
            directory.on(evaluated(NAM, YearMonth.of(2024, 5)));
            directory.on(new SanctionImposed(new ViolationId("VP-1"), SubjectKind.PERSON, NAM.value(), TO,
                    PersonCategory.CONG_CHUC, false, SanctionForm.BUOC_THOI_VIEC, LocalDate.of(2024, 4, 10), "1/QĐ"));
        });
        assertThat(jdbc.sql("SELECT count(*) FROM directory_person_sanction").query(Long.class).single()).isOne();
    }

    @Test
    void aDismissalAnnulledEarlierInTheTransactionHoldsNoFactBack() {
        transactions.executeWithoutResult(tx -> dismissed());
        transactions.executeWithoutResult(tx -> {
            directory.on(annulled());
            directory.on(evaluated(NAM, YearMonth.of(2024, 5)));
        });
        assertThat(jdbc.sql("SELECT count(*) FROM directory_person_sanction").query(Long.class).single()).isZero();
    }

    @Test
    void theFactsOfAWholeImportAreHeldAgainstTheDismissalsInOneGoAndTheDismissedOneNamed() {
        transactions.executeWithoutResult(tx -> dismissed());
        List<PersonId> staff = IntStream.range(0, 500).mapToObj(i -> new PersonId("LB-TO-N" + i)).toList();
        // all served: stored
        transactions.executeWithoutResult(tx -> staff.forEach(p -> directory.on(evaluated(p, YearMonth.of(2024, 5)))));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            staff.forEach(p -> directory.on(evaluated(p, YearMonth.of(2024, 6))));
            directory.on(evaluated(NAM, YearMonth.of(2024, 6)));
        })).isInstanceOf(DecidedApartException.class).hasMessageContaining("evaluation of LB-TO-01 dated after");
    }

    @Test
    void aFactNamingThePersonsUnitBeforeATransferStoredEarlierInTheTransactionFailsIt() {
        UnitId bd = new UnitId("LB-BD");
        transactions.executeWithoutResult(tx -> {
            directory.on(new UnitRegistered(bd, "Phường Bồ Đề", UnitKind.COMMUNE, null));
            directory.on(new PersonRegistered(NAM, TO, "Vũ Văn Nam", PersonCategory.CONG_CHUC, false), 0);
        });
        // decided in one group: the evaluation before the transfer was stored, so it named the old unit
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            directory.on(new PersonTransferred(NAM, TO, bd, LocalDate.of(2024, 5, 15)), 1);
            directory.on(evaluated(NAM, YearMonth.of(2024, 5)));
        })).isInstanceOf(DecidedApartException.class).hasMessageContaining("names unit LB-TO");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            directory.on(new PersonTransferred(NAM, TO, bd, LocalDate.of(2024, 5, 15)), 1);
            directory.on(new PledgeSigned(new PledgeId("CK-1"), new CampaignId("NKTC"), NAM, TO,
                    LocalDate.of(2024, 5, 20), List.of()));
        })).isInstanceOf(DecidedApartException.class);
        // a month before the transfer, or the new unit named, or the transfer stored after: as decided alone
        transactions.executeWithoutResult(tx -> {
            directory.on(new PersonTransferred(NAM, TO, bd, LocalDate.of(2024, 5, 15)), 1);
            directory.on(evaluated(NAM, YearMonth.of(2024, 4)));
            directory.on(new PersonEvaluated(PersonEvaluationId.of("E-6"), NAM, bd, YearMonth.of(2024, 6),
                    new CriteriaSetId("HN-3814"), 1, Map.of("TASKS", BigDecimal.TEN), null));
        });
        transactions.executeWithoutResult(tx -> {
            directory.on(evaluated(NAM, YearMonth.of(2024, 9)));
            directory.on(new PersonTransferred(NAM, bd, TO, LocalDate.of(2024, 9, 1)), 2);
        });
    }
}
