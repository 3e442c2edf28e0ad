package vn.thidua.ledger.command.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.hn3814;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.number;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.command.criteria.InMemoryCriteriaSets;
import vn.thidua.ledger.command.directory.InMemoryDirectory;
import vn.thidua.ledger.command.imports.RowProblem;
import vn.thidua.ledger.command.imports.RowsRefusedException;
import vn.thidua.ledger.command.imports.Sheet;
import vn.thidua.ledger.command.imports.Sheets;

class PersonEvaluationImportTest {

    private PersonEvaluationImport imports;

    @BeforeEach
    void setUp() {
        InMemoryDirectory directory = new InMemoryDirectory()
                .withUnit("LB", null)
                .withUnit("LB-PNV", "LB")
                .withUnit("LB-PNV-TDKT", "LB-PNV")
                .withUnit("LB-TC", "LB")
                .withPerson("LB-PNV-01", "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-PNV-02", "LB-PNV", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-TDKT-01", "LB-PNV-TDKT", PersonCategory.VIEN_CHUC, false)
                .withPerson("LB-TC-01", "LB-TC", PersonCategory.CONG_CHUC, false)
                .withPerson("LB-TC-02", "LB-TC", PersonCategory.CONG_CHUC, false)
                .withTransfer("LB-TC-02", "LB-PNV", LocalDate.of(2024, 5, 15));
        // 3814-QĐ/TU from July 2018 and its software-era version from January 2022
        InMemoryCriteriaSets criteriaSets = new InMemoryCriteriaSets().with(hn3814().build(),
                hn3814().version(2).effectiveFrom("2022-01-01").build());
        imports = new PersonEvaluationImport(directory, criteriaSets);
    }

    private List<PersonEvaluationImport.Line> lines(String period, String csv) {
        return imports.lines(Sheets.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv"),
                imports.target("LB-PNV", period, null));
    }

    private List<RowProblem> problems(String rule, String period, String csv) {
        try {
            lines(period, csv);
        } catch (RowsRefusedException e) {
            assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    private static Map<String, BigDecimal> scores(String discipline, String tasks, String bonus) {
        return Map.of("DISCIPLINE", number(discipline), "TASKS", number(tasks), "BONUS", number(bonus));
    }

    @Test
    void eachRowBecomesAHeadDecisionOfItsPersonForTheMonth() {
        List<PersonEvaluationImport.Line> lines = lines("2024-05", """
                personId,DISCIPLINE,TASKS,BONUS,note
                LB-PNV-01,20,62.5,5,Hoàn thành tốt nhiệm vụ
                LB-TDKT-01,18,70,0,
                """);

        assertThat(lines).extracting(line -> line.row().number()).containsExactly(2, 3);
        EvaluatePerson first = lines.get(0).command();
        assertThat(first.evaluationId().value()).isEqualTo("LB-PNV-01.2024-05");
        assertThat(first.period()).isEqualTo(Period.parse("2024-05"));
        assertThat(first.stage()).isEqualTo(EvaluationStage.HEAD_DECISION);
        assertThat(first.scores()).isEqualTo(scores("20", "62.5", "5"));
        assertThat(first.note()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(first.criteriaSet()).isNull();
        assertThat(lines.get(1).command().note()).isNull();
    }

    @Test
    void aNoteHoldingAControlCharacterIsARowProblemAsItIsInJson() {
        List<RowProblem> problems = problems(PersonEvaluationImport.ROWS_VALID, "2024-05",
                "personId,DISCIPLINE,TASKS,BONUS,note\nLB-PNV-01,20,60,5,a\u0007b\nLB-TDKT-01,18,70,0,\"hai\r\ndòng\"\n");
        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "note", "NOTE_TEXT"));
        assertThat(problems.get(0).message()).contains("U+0007");
    }

    @Test
    void emptyCellIsACriterionNotGiven() {
        EvaluatePerson command = lines("2024-05", "personId,DISCIPLINE,TASKS,BONUS\nLB-PNV-01,20,,5\n").get(0)
                .command();

        assertThat(command.scores()).containsOnlyKeys("DISCIPLINE", "BONUS");
    }

    @Test
    void decimalCommaAndAnyLetterCaseOfHeadersAreRead() {
        EvaluatePerson command = lines("2024-05", "PERSONID;discipline;Tasks;bonus\nLB-PNV-01;19,75;62,5\n").get(0)
                .command();

        assertThat(command.scores()).isEqualTo(Map.of("DISCIPLINE", number("19.75"), "TASKS", number("62.5")));
    }

    @Test
    void rowsMayNameTheirMonthCriteriaSetAndStage() {
        EvaluatePerson command = lines(null, """
                personId,period,criteriaSet,stage,TASKS,DISCIPLINE,BONUS
                LB-PNV-01,2024-05,HN-3814@1,SELF_ASSESSMENT,70
                """).get(0).command();

        assertThat(command.period()).isEqualTo(Period.parse("2024-05"));
        assertThat(command.criteriaSet()).isEqualTo(CriteriaSetRef.parse("HN-3814@1"));
        assertThat(command.stage()).isEqualTo(EvaluationStage.SELF_ASSESSMENT);
    }

    @Test
    void personTransferredIntoTheUnitDuringTheMonthIsEvaluatedThere() {
        assertThat(lines("2024-05", "personId,TASKS,DISCIPLINE,BONUS\nLB-TC-02,60\n")).hasSize(1);
    }

    @Test
    void personWhoLeftTheUnitDuringTheMonthIsEvaluatedByTheUnitTheyMovedTo() {
        // LB-TC-02 worked in LB-TC until 14 May: May is LB-PNV's to evaluate, not both units'
        InMemoryDirectory directory = new InMemoryDirectory().withUnit("LB", null).withUnit("LB-PNV", "LB")
                .withUnit("LB-TC", "LB").withPerson("LB-TC-02", "LB-TC", PersonCategory.CONG_CHUC, false)
                .withTransfer("LB-TC-02", "LB-PNV", LocalDate.of(2024, 5, 15));
        PersonEvaluationImport fromTheOldUnit = new PersonEvaluationImport(directory,
                new InMemoryCriteriaSets().with(hn3814().build()));

        assertThatThrownBy(() -> fromTheOldUnit.lines(Sheets.read("personId,TASKS,DISCIPLINE,BONUS\nLB-TC-02,60\n"
                .getBytes(StandardCharsets.UTF_8), "text/csv"), fromTheOldUnit.target("LB-TC", "2024-05", null)))
                .isInstanceOfSatisfying(RowsRefusedException.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::rule).containsExactly("IMPORT_PERSON_IN_UNIT"));
    }

    @Test
    void anOfficesTemplateWithVietnameseHeadingsATitleAndColumnsForItsReadersIsRead() {
        List<PersonEvaluationImport.Line> lines = lines(null, """
                BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5/2024;;;;;;
                STT;Mã CB;Họ và tên;Tháng;TASKS;DISCIPLINE;Ghi chú;BONUS
                1;LB-PNV-01;Nguyễn Thị Hương;05/2024;62,5;20;Hoàn thành tốt
                2;LB-PNV-02;Trần Văn Nam;2024-05-01;58;19;
                """);

        assertThat(lines).extracting(line -> line.row().number()).containsExactly(3, 4);
        EvaluatePerson first = lines.get(0).command();
        assertThat(first.personId().value()).isEqualTo("LB-PNV-01");
        assertThat(first.period()).isEqualTo(Period.parse("2024-05"));
        assertThat(first.scores()).containsOnlyKeys("TASKS", "DISCIPLINE");
        assertThat(first.note()).isEqualTo("Hoàn thành tốt");
        assertThat(lines.get(1).command().period()).isEqualTo(Period.parse("2024-05"));
    }

    @Test
    void aProblemNamesItsColumnAsTheFileHeadsIt() {
        List<RowProblem> problems = problems(PersonEvaluationImport.ROWS_VALID, null, """
                STT;Mã CB;Tháng;TASKS;Ghi chú
                1;LB PNV 01;13/2024;60;a\u0007
                """);
        assertThat(problems).extracting(RowProblem::column).contains("Mã CB", "Tháng", "Ghi chú")
                .doesNotContain("personId", "period", "note");
        // the field stays in the API's notation, for programs reading the answer
        assertThat(problems).extracting(RowProblem::field).contains("rows[1].personId");
    }

    @Test
    void headingsAreMatchedWithoutDiacriticsOrLetterCase() {
        assertThat(PersonEvaluationImport.Column.named("MA CAN BO")).contains(PersonEvaluationImport.Column.PERSON_ID);
        assertThat(PersonEvaluationImport.Column.named(" ghi  chú ")).contains(PersonEvaluationImport.Column.NOTE);
        assertThat(PersonEvaluationImport.Column.named("Bộ tiêu chí"))
                .contains(PersonEvaluationImport.Column.CRITERIA_SET);
        assertThat(PersonEvaluationImport.Column.named("TASKS")).isEmpty();
    }

    @Test
    void aRowWithoutAnyScoreIsRefusedRatherThanRatedZero() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05",
                "personId;DISCIPLINE;TASKS;BONUS;note\nLB-PNV-01;20;62,5;5;\nLB-PNV-02;;;;\n");

        assertThat(problems).extracting(RowProblem::row, RowProblem::rule)
                .containsExactly(tuple(3, "IMPORT_SCORES_PRESENT"));
    }

    @Test
    void aFileWithoutAColumnForEveryCriterionIsRefusedNamingTheMissingOnes() {
        // an earlier evaluation's discipline and bonus points would be replaced by nothing, unseen
        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", "2024-05", "personId;TASKS\nLB-PNV-01;65\n");

        assertThat(problems).extracting(RowProblem::column, RowProblem::rule).containsExactly(
                tuple("DISCIPLINE", "IMPORT_COLUMN_REQUIRED"), tuple("BONUS", "IMPORT_COLUMN_REQUIRED"));
        assertThat(problems.get(0).message()).contains("HN-3814@2"); // in force in 2024
    }

    @Test
    void aStaffListWithoutScoreColumnsIsRefused() {
        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", "2024-05", "personId,note\nLB-PNV-01,\n");

        assertThat(problems).extracting(RowProblem::rule).containsExactly("IMPORT_COLUMN_REQUIRED");
    }

    @Test
    void unknownColumnsAndTheRowsProblemsAreReportedTogether() {
        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", "2024-05",
                "personId,TASKS,KPI,DISCIPLINE,BONUS\nLB-PNV-01,-5,3\n");

        assertThat(problems).extracting(RowProblem::column, RowProblem::rule).containsExactly(
                tuple("KPI", "IMPORT_COLUMN_KNOWN"), tuple("TASKS", "EVALUATION_POINTS_NOT_NEGATIVE"));
    }

    @Test
    void noBreakSpacesAroundACellAreBlanksToo() {
        EvaluatePerson command = lines("2024-05", "personId,TASKS,DISCIPLINE,BONUS\nLB-PNV-01\u00A0,\u00A062.5\u00A0\n").get(0)
                .command();

        assertThat(command.personId().value()).isEqualTo("LB-PNV-01");
        assertThat(command.scores()).containsEntry("TASKS", new BigDecimal("62.5"));
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsRowAndColumn() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05", """
                personId,DISCIPLINE,TASKS,BONUS
                LB-PNV-01,20,62.5,5
                LB-PNV-02,20,-75,5
                LB-TDKT-01,20,70,abc
                LB-NOBODY,20,70,5
                """);

        assertThat(problems).extracting(RowProblem::field, RowProblem::row, RowProblem::column, RowProblem::rule)
                .containsExactly(
                        tuple("rows[2].TASKS", 3, "TASKS", "EVALUATION_POINTS_NOT_NEGATIVE"),
                        tuple("rows[3].BONUS", 4, "BONUS", "IMPORT_NUMBER_FORMAT"),
                        tuple("rows[4].personId", 5, "personId", "REFERENCE_EXISTS"));
        assertThat(problems.get(0).message()).isEqualTo("Điểm tiêu chí TASKS không được âm: -75");
    }

    @Test
    void aFileHoldingANulCharacterIsRefusedAsNotText() {
        // PostgreSQL's text cannot hold NUL: a note with one would stop the views copying it (XLSX cannot hold one)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lines("2024-05",
                        "personId,DISCIPLINE,TASKS,note\nLB-PNV-01,20,60,t\u0000t\n"))
                .isInstanceOf(vn.thidua.ledger.api.RefusedException.class)
                .hasMessageContaining("nhị phân");
    }

    @Test
    void severalProblemsOfOneRowAreAllReported() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05",
                "personId,DISCIPLINE,TASKS,BONUS\nLB-PNV-01,-21,62.00001,-1\n");

        assertThat(problems).extracting(RowProblem::column).containsExactly("DISCIPLINE", "TASKS", "BONUS");
        assertThat(problems).extracting(RowProblem::rule).containsExactly("EVALUATION_POINTS_NOT_NEGATIVE",
                "EVALUATION_POINTS_PRECISION", "EVALUATION_POINTS_NOT_NEGATIVE");
    }

    @Test
    void personOfAnotherUnitIsRefused() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05", "personId,TASKS,DISCIPLINE,BONUS\nLB-TC-01,60\n");

        assertThat(problems).extracting(RowProblem::rule).containsExactly("IMPORT_PERSON_IN_UNIT");
    }

    @Test
    void personAppearsOncePerMonth() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05",
                "personId,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,60\nLB-PNV-02,60\nLB-PNV-01,65\n");

        assertThat(problems).extracting(RowProblem::row, RowProblem::rule)
                .containsExactly(tuple(4, "IMPORT_ROW_UNIQUE"));
        assertThat(problems.get(0).message()).contains("dòng 2");
    }

    @Test
    void rowMonthMustBeTheMonthOfTheImport() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05",
                "personId,period,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,2024-06,60\nLB-PNV-02,2024-05,60\n");

        assertThat(problems).extracting(RowProblem::field, RowProblem::rule)
                .containsExactly(tuple("rows[1].period", "IMPORT_PERIOD_MATCHES"));
    }

    @Test
    void rowMonthMustHaveBegun() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", null,
                "personId,period,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,2099-01,60\nLB-PNV-02,2024-05,60\n");

        assertThat(problems).extracting(RowProblem::field, RowProblem::rule)
                .containsExactly(tuple("rows[1].period", "EVALUATION_PERIOD_BEGUN"));
    }

    @Test
    void monthOfTheImportMustHaveBegun() {
        assertThatThrownBy(() -> imports.target("LB-PNV", "2099-01", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule())
                        .isEqualTo("EVALUATION_PERIOD_BEGUN"));
    }

    @Test
    void rowPeriodMustBeAMonth() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", null,
                "personId,period,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,2024-Q2,60\nLB-PNV-02,2024-05-15,60\nLB-TDKT-01,tháng 5,60\n");

        assertThat(problems).extracting(RowProblem::rule).containsExactly("EVALUATION_PERIOD_MONTH",
                "EVALUATION_PERIOD_MONTH", "PERIOD_FORMAT");
    }

    @Test
    void aMonthMayBeWrittenAsItsFirstDayDayFirst() {
        List<PersonEvaluationImport.Line> lines = lines(null, """
                personId,period,TASKS,DISCIPLINE,BONUS
                LB-PNV-01,01/05/2024,60
                LB-PNV-02,1.5.2024,60
                """);
        assertThat(lines).extracting(line -> line.command().period()).containsOnly(Period.parse("2024-05"));

        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", null,
                "personId,period,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,15/05/2024,60\nLB-PNV-02,31/02/2024,60\n");
        assertThat(problems).extracting(RowProblem::rule).containsExactly("EVALUATION_PERIOD_MONTH", "PERIOD_FORMAT");
    }

    @Test
    void aStageIsReadAsItsHeadingWouldBeWithOrWithoutDiacriticsComposedOrNot() {
        String decomposed = java.text.Normalizer.normalize("Tự đánh giá", java.text.Normalizer.Form.NFD);
        List<PersonEvaluationImport.Line> lines = lines("2024-05", "personId,stage,TASKS,DISCIPLINE,BONUS\n"
                + "LB-PNV-01,tu danh gia,60\nLB-PNV-02," + decomposed + ",61\n");

        assertThat(lines).extracting(line -> line.command().stage())
                .containsExactly(EvaluationStage.SELF_ASSESSMENT, EvaluationStage.SELF_ASSESSMENT);
    }

    @Test
    void unknownStageIsRefused() {
        assertThat(problems("IMPORT_ROWS_VALID", "2024-05", "personId,stage,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,FINAL,60\n"))
                .extracting(RowProblem::rule).containsExactly("EVALUATION_STAGE_KNOWN");
    }

    @Test
    void criteriaSetOfARowMustResolveForItsMonth() {
        List<RowProblem> problems = problems("IMPORT_ROWS_VALID", "2024-05",
                "personId,criteriaSet,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,HN-3814@9,60\nLB-PNV-02,HN 3814,60\n");

        assertThat(problems).extracting(RowProblem::field, RowProblem::rule).containsExactly(
                tuple("rows[1].criteriaSet", "CRITERIA_SET_VERSION_EXISTS"),
                tuple("rows[2].criteriaSet", "CRITERIA_SET_REF_FORMAT"));
    }

    @Test
    void criteriaSetThatDoesNotResolveForTheWholeFileIsRefusedOnce() {
        assertThatThrownBy(() -> lines("2017-05", "personId,TASKS\nLB-PNV-01,60\nLB-PNV-02,60\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e).isNotInstanceOf(RowsRefusedException.class);
                    assertThat(e.rule()).isEqualTo("EVALUATION_CRITERIA_SET_IN_FORCE");
                });
    }

    @Test
    void columnThatIsNoCriterionIsRefusedByName() {
        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", "2024-05",
                "personId,TASKS,KPI,DISCIPLINE,BONUS\nLB-PNV-01,60,3\nLB-PNV-02,61,\n");

        assertThat(problems).extracting(RowProblem::field, RowProblem::row, RowProblem::column)
                .containsExactly(tuple("rows[0].KPI", 1, "KPI"));
    }

    @Test
    void headerNeedsThePersonColumnAndAMonth() {
        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", null, "TASKS\n60\n");

        assertThat(problems).extracting(RowProblem::column).containsExactly("personId", "period");
    }

    @Test
    void headerNamesAColumnOnce() {
        assertThat(problems("IMPORT_FILE_FORMAT", "2024-05", "personId,TASKS,tasks\nLB-PNV-01,60,61\n"))
                .extracting(RowProblem::rule).containsExactly("IMPORT_COLUMN_UNIQUE");
    }

    @Test
    void headerNamesAColumnOnceUnderAnyOfItsNames() {
        assertThat(problems("IMPORT_FILE_FORMAT", null,
                "personId;Mã CB;Tháng;period;note;Ghi chú;TASKS\nLB-PNV-01;LB-PNV-02;2024-05;2024-06;a;b;60\n"))
                .extracting(RowProblem::column, RowProblem::rule)
                .containsExactly(tuple("Mã CB", "IMPORT_COLUMN_UNIQUE"), tuple("period", "IMPORT_COLUMN_UNIQUE"),
                        tuple("Ghi chú", "IMPORT_COLUMN_UNIQUE"));
    }

    @Test
    void dataUnderNoHeaderIsRefusedByColumnLetter() {
        assertThat(problems("IMPORT_FILE_FORMAT", "2024-05", "personId,TASKS\nLB-PNV-01,60\nLB-PNV-02,61,7\n"))
                .extracting(RowProblem::column, RowProblem::row, RowProblem::rule, RowProblem::message)
                .containsExactly(tuple("C", 3, "IMPORT_COLUMN_NAMED",
                        "Ô C3 có dữ liệu nhưng cột C không có tên ở dòng tiêu đề (dòng 1)"));
    }

    @Test
    void headerAloneIsNoImport() {
        assertThatThrownBy(() -> lines("2024-05", "personId,TASKS\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule())
                        .isEqualTo("IMPORT_ROWS_PRESENT"));
    }

    @Test
    void unitMustExist() {
        assertThatThrownBy(() -> imports.target("LB-NONE", "2024-05", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusedException.Reason.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("unit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"HN-NONE", "HN-3814@9"})
    void aCriteriaSetParameterNobodyPublishedIsRefusedOnceNotOnEveryRow(String named) {
        assertThatThrownBy(() -> imports.target("LB-PNV", "2024-05", named))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusedException.Reason.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("criteriaSet");
                });
    }

    @Test
    void monthOfTheImportMustBeAMonth() {
        assertThatThrownBy(() -> imports.target("LB-PNV", "2024-Q2", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule())
                        .isEqualTo("EVALUATION_PERIOD_MONTH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05", "05/2024", "5/2024", "2024-05-01", "01/05/2024"})
    void monthOfTheImportIsReadAsThePeriodColumnReadsIt(String written) {
        assertThat(imports.target("LB-PNV", written, null).month()).isEqualTo(java.time.YearMonth.of(2024, 5));
    }

    @Test
    void refusalsWhileStoringNameEachRowAndColumn() {
        List<PersonEvaluationImport.Line> lines = lines("2024-05", "personId,stage,TASKS,DISCIPLINE,BONUS\nLB-PNV-01,HEAD_DECISION,60\n"
                + "LB-PNV-02,SELF_ASSESSMENT,61\nLB-TDKT-01,LEADER_REVIEW,62\n");
        RefusedException decided = RefusedException.conflict("EVALUATION_ALREADY_DECIDED", "stage",
                "Thủ trưởng đã quyết định");

        RowsRefusedException refusal = PersonEvaluationImport.refusedAt(lines,
                new vn.thidua.ledger.command.dispatch.BatchRefusedException(List.of(
                        new vn.thidua.ledger.command.dispatch.BatchRefusedException.Refusal(1, decided),
                        new vn.thidua.ledger.command.dispatch.BatchRefusedException.Refusal(2, decided))));

        assertThat(refusal.reason()).isEqualTo(RefusedException.Reason.CONFLICT);
        assertThat(refusal.rule()).isEqualTo("EVALUATION_ALREADY_DECIDED");
        assertThat(refusal.problems()).extracting(RowProblem::field, RowProblem::row, RowProblem::column)
                .containsExactly(tuple("rows[2].stage", 3, "stage"), tuple("rows[3].stage", 4, "stage"));
        assertThat(refusal.getMessage()).contains("2 dòng", "dòng 3");
    }

    @Test
    void columnLettersFollowTheSpreadsheet() {
        assertThat(List.of(0, 25, 26, 27, 701, 702)).extracting(PersonEvaluationImport::letter)
                .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
    }

    private List<RowProblem> problemsOf(String rule, Sheet sheet) {
        try {
            imports.lines(sheet, imports.target("LB-PNV", "2024-05", null));
        } catch (RowsRefusedException e) {
            assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aFormulaNoProgramComputedIsRefusedWhereTheLedgerReadsIt() {
        Sheet sheet = new Sheet(new Sheet.Row(1, List.of("STT", "personId", "TASKS", "DISCIPLINE", "BONUS")), List.of(
                new Sheet.Row(2, List.of("", "LB-PNV-01", ""), Set.of(0, 2))));

        assertThat(problemsOf("IMPORT_ROWS_VALID", sheet)).extracting(RowProblem::column, RowProblem::rule)
                .containsExactly(tuple("TASKS", "IMPORT_FORMULA_COMPUTED"));
    }

    @Test
    void aFormulaNoProgramComputedInAColumnForReadersIsLeftAlone() {
        // a row number as =ROW()-1, written by a program that does not compute formulas
        Sheet sheet = new Sheet(new Sheet.Row(1, List.of("STT", "personId", "TASKS", "DISCIPLINE", "BONUS")), List.of(
                new Sheet.Row(2, List.of("", "LB-PNV-01", "60"), Set.of(0)),
                new Sheet.Row(3, List.of("", "", ""), Set.of(0))));

        List<PersonEvaluationImport.Line> lines = imports.lines(sheet, imports.target("LB-PNV", "2024-05", null));
        assertThat(lines).extracting(line -> line.command().personId().value()).containsExactly("LB-PNV-01");
    }

    @Test
    void rowsOfATemplateLeftUnfilledAreNoRows() {
        List<PersonEvaluationImport.Line> lines = lines("2024-05", """
                STT,personId,Họ và tên,TASKS,note,DISCIPLINE,BONUS
                1,LB-PNV-01,Nguyễn Văn An,60,
                2,,,,
                3,,,,
                """);

        assertThat(lines).hasSize(1);
    }

    @Test
    void aTitleRowWithoutSeparatorsAboveASemicolonHeaderIsSkipped() {
        List<PersonEvaluationImport.Line> lines = lines(null, "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5/2024\n"
                + "personId;period;TASKS;DISCIPLINE;BONUS\nLB-PNV-01;2024-05;62,5\n");

        assertThat(lines).extracting(line -> line.row().number()).containsExactly(3);
        assertThat(lines.get(0).command().scores()).containsEntry("TASKS", new BigDecimal("62.5"));
    }

    @Test
    void titleRowsAboveTheHeaderDoNotCountAgainstTheRowLimit() {
        StringBuilder full = new StringBuilder("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5/2024\npersonId,TASKS,DISCIPLINE,BONUS\n");
        for (int i = 0; i < Sheets.MAX_ROWS; i++) {
            full.append("X-").append(i).append(",60\n");
        }
        // refused for its unknown people, not for its length
        assertThat(problems("IMPORT_ROWS_VALID", "2024-05", full.toString())).isNotEmpty();
        assertThatThrownBy(() -> lines("2024-05", full + "X-last,60\n"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo("IMPORT_FILE_SIZE"));
    }

    @Test
    void cellsOfColumnsThatAreNoCriterionAreToldOnceByTheColumn() {
        StringBuilder wide = new StringBuilder("personId,TASKS,DISCIPLINE,BONUS");
        for (int c = 0; c < 200; c++) {
            wide.append(",X").append(c);
        }
        wide.append('\n');
        for (int r = 0; r < 100; r++) {
            wide.append(r % 2 == 0 ? "LB-PNV-01" : "LB-PNV-02").append(r < 2 ? ",60,," : ",-1,,")
                    .append(",chữ".repeat(200)).append('\n');
        }

        List<RowProblem> problems = problems("IMPORT_FILE_FORMAT", "2024-05", wide.toString());
        assertThat(problems).filteredOn(p -> p.rule().equals("IMPORT_COLUMN_KNOWN")).hasSize(200)
                .extracting(RowProblem::column).startsWith("X0", "X1", "X2").endsWith("X199");
        assertThat(problems).filteredOn(p -> !p.rule().equals("IMPORT_COLUMN_KNOWN"))
                .allMatch(p -> p.column().equals("TASKS") || p.column().equals("personId"));
    }

    @Test
    void problemsBeyondTheMostAnAnswerListsAreCountedNotListed() {
        StringBuilder many = new StringBuilder("personId,TASKS,DISCIPLINE,BONUS\n");
        for (int i = 0; i < PersonEvaluationImport.MAX_REPORTED + 200; i++) {
            many.append("X-").append(i).append(",60\n");
        }

        assertThatThrownBy(() -> lines("2024-05", many.toString())).isInstanceOfSatisfying(RowsRefusedException.class,
                e -> {
                    assertThat(e.problems()).hasSize(PersonEvaluationImport.MAX_REPORTED);
                    assertThat(e.getMessage()).contains((PersonEvaluationImport.MAX_REPORTED + 200) + " lỗi",
                            PersonEvaluationImport.MAX_REPORTED + " lỗi đầu tiên");
                });
    }
}
