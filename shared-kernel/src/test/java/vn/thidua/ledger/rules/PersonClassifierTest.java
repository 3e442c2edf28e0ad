package vn.thidua.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.rules.Sets.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;

class PersonClassifierTest {

    private static final Period MAY = Period.parse("2024-05");

    private static PersonScores person(String id, String tasks) {
        return new PersonScores(id, "LB-PNV", Map.of("DISCIPLINE", d("20"), "TASKS", d(tasks)));
    }

    private static Classification only(List<PersonScores> people, List<CountedViolation> violations,
                                       List<DecidedSanction> sanctions) {
        return PersonClassifier.classify(Sets.withoutQuota(Sets.hanoi3814()), MAY, people, violations, sanctions)
                .get(0);
    }

    @ParameterizedTest(name = "{0} points → {1}")
    @CsvSource({"90, A", "89.99, B", "70, B", "69.99, C", "50, C", "49.99, D", "0, D"})
    void bandEdgesAreInclusiveBelowAndExact(String score, String level) {
        // TASKS is capped at 70, so spread the points over criteria that can hold them
        BigDecimal total = d(score);
        BigDecimal tasks = total.min(d("70"));
        BigDecimal discipline = total.subtract(tasks).min(d("20"));
        PersonScores p = new PersonScores("P1", "U", Map.of("TASKS", tasks, "DISCIPLINE", discipline));
        Classification c = only(List.of(p), List.of(), List.of());
        assertThat(c.score()).isEqualByComparingTo(total);
        assertThat(c.score().toPlainString()).isEqualTo(total.toPlainString());
        assertThat(c.level()).isEqualTo(level);
    }

    @Test
    void pointsAboveACriterionsMaximumCountOnlyTheMaximum() {
        Classification c = only(List.of(new PersonScores("P1", "U", Map.of("TASKS", d("75"), "BONUS", d("12")))),
                List.of(), List.of());
        assertThat(c.score()).isEqualByComparingTo("80");
    }

    @Test
    void confirmedViolationInThePeriodTakesOffItsPenalty() {
        CountedViolation nk3 = new CountedViolation("V1", SubjectKind.PERSON, "P1", "LB-PNV", "NK-3",
                LocalDate.of(2024, 5, 20));
        Classification c = only(List.of(person("P1", "70")), List.of(nk3), List.of());
        assertThat(c.score()).isEqualByComparingTo("85");
        assertThat(c.penalty()).isEqualByComparingTo("5");
        assertThat(c.level()).isEqualTo("B");
        assertThat(c.adjustedBy()).isEmpty();
    }

    @Test
    void violationOutsideThePeriodOrOfAnotherRuleFamilyTakesNothing() {
        CountedViolation april = new CountedViolation("V1", SubjectKind.PERSON, "P1", "LB-PNV", "NK-3",
                LocalDate.of(2024, 4, 30));
        CountedViolation conduct = new CountedViolation("V2", SubjectKind.PERSON, "P1", "LB-PNV", "QTUX-RUOU-BIA",
                LocalDate.of(2024, 5, 2));
        assertThat(only(List.of(person("P1", "70")), List.of(april, conduct), List.of()).score())
                .isEqualByComparingTo("90");
    }

    @Test
    void sanctionOfAtLeastTheCapFormDecidedInThePeriodCapsTheLevel() {
        DecidedSanction reprimand = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "LB-PNV",
                SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 3, 1));
        Classification c = only(List.of(person("P1", "70")), List.of(), List.of(reprimand));
        assertThat(c.levelByScore()).isEqualTo("A");
        assertThat(c.level()).isEqualTo("D");
        assertThat(c.adjustedBy()).containsExactly(Classification.SANCTION_CAP);
    }

    @Test
    void lighterSanctionOrOneDecidedInAnotherPeriodDoesNotCap() {
        DecidedSanction criticism = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "LB-PNV",
                SanctionForm.PHE_BINH, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 3, 1));
        DecidedSanction june = new DecidedSanction("V2", SubjectKind.PERSON, "P1", "LB-PNV",
                SanctionForm.CANH_CAO, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 1));
        assertThat(only(List.of(person("P1", "70")), List.of(), List.of(criticism, june)).level()).isEqualTo("A");
    }

    @Test
    void aLoneTopScorerInASmallUnitIsDemotedByTheQuota() {
        Classification c = PersonClassifier.classify(Sets.hanoi3814(), MAY, List.of(person("P1", "70")), List.of(),
                List.of()).get(0);
        assertThat(c.level()).isEqualTo("B");
        assertThat(c.adjustedBy()).containsExactly(Classification.QUOTA);
    }

    @Test
    void inAUnitOfTenAtMostThreeKeepTheTopLevelAndTheLowestScoresAreDemoted() {
        List<PersonScores> people = new ArrayList<>();
        people.add(person("P01", "70"));   // 90
        people.add(person("P02", "69.5")); // 89.5 → B by score
        people.add(person("P03", "70"));   // 90
        people.add(new PersonScores("P04", "U", Map.of("DISCIPLINE", d("20"), "TASKS", d("70"), "BONUS", d("5"))));
        people.add(new PersonScores("P05", "U", Map.of("DISCIPLINE", d("20"), "TASKS", d("70"), "BONUS", d("2"))));
        for (int i = 6; i <= 10; i++) {
            people.add(person("P" + (i < 10 ? "0" : "") + i, "50"));
        }
        List<Classification> result = PersonClassifier.classify(Sets.hanoi3814(), MAY, people, List.of(), List.of());
        assertThat(result).hasSize(10);
        assertThat(result).filteredOn(c -> c.level().equals("A")).extracting(Classification::personId)
                .containsExactlyInAnyOrder("P04", "P05", "P03");
        Classification demoted = result.stream().filter(c -> c.personId().equals("P01")).findFirst().orElseThrow();
        // P01 and P03 both have 90: ties go by person id ascending, so P01 is demoted first
        assertThat(demoted.level()).isEqualTo("B");
        assertThat(demoted.levelByScore()).isEqualTo("A");
        assertThat(demoted.adjustedBy()).containsExactly(Classification.QUOTA);
    }

    @Test
    void inAUnitRecognisedAsExceptionalFourOfTenMayKeepTheTopLevel() {
        List<PersonScores> people = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            people.add(person("P" + (i < 10 ? "0" : "") + i, i <= 5 ? "70" : "50"));
        }
        CriteriaSet set = Sets.hanoi3814WithExceptionalUnits();
        assertThat(PersonClassifier.classify(set, MAY, people, List.of(), List.of(), true))
                .filteredOn(c -> c.level().equals("A")).extracting(Classification::personId)
                .containsExactly("P02", "P03", "P04", "P05");
        assertThat(PersonClassifier.classify(set, MAY, people, List.of(), List.of(), false))
                .filteredOn(c -> c.level().equals("A")).hasSize(3);
    }

    @Test
    void withoutAnExceptionInTheRulesAnExceptionalUnitKeepsTheUsualShare() {
        List<PersonScores> people = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            people.add(person("P" + (i < 10 ? "0" : "") + i, i <= 5 ? "70" : "50"));
        }
        assertThat(PersonClassifier.classify(Sets.hanoi3814(), MAY, people, List.of(), List.of(), true))
                .filteredOn(c -> c.level().equals("A")).hasSize(3);
    }

    @Test
    void quotaCountsThoseCappedBelowTheTopLevelAsNoLongerReachingIt() {
        List<PersonScores> people = List.of(person("P1", "70"), person("P2", "70"), person("P3", "30"));
        DecidedSanction reprimand = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "U",
                SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 3, 1));
        List<Classification> result = PersonClassifier.classify(Sets.hanoi3814(), MAY, people, List.of(),
                List.of(reprimand));
        // ⌊0.3 × 3⌋ = 0 may be A: P2 is demoted by the quota, P1 was already capped to D
        assertThat(result).extracting(Classification::level).containsExactly("D", "B", "C");
    }

    @Test
    void aQuotaOnALevelIsAShareOfThoseRatedAtThatLevelOnceTheOthersAreDemoted() {
        // Decree 335: HTXS at most 20% of those rated HTT (A and B here). Three reach A, seven B: one keeps A, as
        // 1 ≤ ⌊0.2 × 9⌋ — taken of the ten rated B or better, two would keep it
        vn.thidua.ledger.api.criteria.CriteriaSet set = Sets.hanoi3814();
        vn.thidua.ledger.api.criteria.CriteriaSet decree335 = new vn.thidua.ledger.api.criteria.CriteriaSet(set.id(),
                set.version(), set.subject(), set.effectiveFrom(), set.title(), set.legalBasis(), set.unconfirmed(),
                set.criteria(), set.bands(), new vn.thidua.ledger.api.criteria.Quota("A", d("0.20"), "B", "LEVEL:B"),
                set.violationPenalty(), set.sanctionCap());
        List<PersonScores> people = new ArrayList<>(List.of(person("P01", "70"), person("P02", "70"),
                person("P03", "70")));
        for (int i = 4; i <= 10; i++) {
            people.add(person("P" + (i < 10 ? "0" + i : i), "60"));
        }
        List<Classification> result = PersonClassifier.classify(decree335, MAY, people, List.of(), List.of());
        assertThat(result).filteredOn(c -> c.level().equals("A")).extracting(Classification::personId)
                .containsExactly("P03");
        assertThat(result.get(0).adjustedBy()).containsExactly(Classification.QUOTA);
        // all ten reaching A: one keeps it, the other nine rated B make it 1 ≤ ⌊0.2 × 9⌋
        List<PersonScores> allExcellent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            allExcellent.add(person("Q" + i, "70"));
        }
        assertThat(PersonClassifier.classify(decree335, MAY, allExcellent, List.of(), List.of()))
                .filteredOn(c -> c.level().equals("A")).hasSize(1);
    }

    @Test
    void underDecree335DisciplineEarlierInTheYearStillGivesKht() {
        vn.thidua.ledger.api.criteria.CriteriaSet set = Sets.withoutQuota(Sets.hanoi3814());
        vn.thidua.ledger.api.criteria.CriteriaSet yearly = new vn.thidua.ledger.api.criteria.CriteriaSet(set.id(),
                set.version(), set.subject(), set.effectiveFrom(), set.title(), set.legalBasis(), set.unconfirmed(),
                set.criteria(), set.bands(), null, set.violationPenalty(),
                new vn.thidua.ledger.api.criteria.SanctionCap("KHIEN_TRACH", "D", "YEAR"));
        DecidedSanction february = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "U",
                SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 2, 10), LocalDate.of(2024, 1, 5));
        assertThat(PersonClassifier.classify(yearly, MAY, List.of(person("P1", "70")), List.of(), List.of(february))
                .get(0).level()).isEqualTo("D");
        assertThat(PersonClassifier.classify(set, MAY, List.of(person("P1", "70")), List.of(), List.of(february))
                .get(0).level()).isEqualTo("A");
        DecidedSanction lastYear = new DecidedSanction("V2", SubjectKind.PERSON, "P1", "U",
                SanctionForm.KHIEN_TRACH, LocalDate.of(2023, 12, 10), LocalDate.of(2023, 11, 5));
        assertThat(PersonClassifier.classify(yearly, MAY, List.of(person("P1", "70")), List.of(), List.of(lastYear))
                .get(0).level()).isEqualTo("A");
    }

    private static final Period Q2 = Period.parse("2024-Q2");

    private static List<Classification> quarter(List<PersonScores> months, List<CountedViolation> violations,
                                                List<DecidedSanction> sanctions) {
        return PersonClassifier.classifyOverMonths(Sets.withoutQuota(Sets.hanoi3814()), Q2, months, violations,
                sanctions);
    }

    @Test
    void overAQuarterTheMeanOfTheMonthsEvaluatedGivesTheLevel() {
        // 90, 89 and 88 average 89: B, although two of the months alone were A or on the edge
        List<Classification> result = quarter(List.of(person("P1", "70"), person("P1", "69"), person("P1", "68"),
                person("P2", "70")), List.of(), List.of());
        assertThat(result).extracting(Classification::personId).containsExactly("P1", "P2");
        assertThat(result.get(0).score()).isEqualByComparingTo("89");
        assertThat(result.get(0).level()).isEqualTo("B");
        assertThat(result.get(1).score()).isEqualByComparingTo("90");
        assertThat(result.get(1).level()).isEqualTo("A");
    }

    @Test
    void overAQuarterEachMonthIsCappedAtTheMaximumBeforeTheMean() {
        // TASKS max 70: May's 80 counts 70 as May's own classification counts it, so 20 + (70 + 50) / 2 = 80, B —
        // not 20 + (80 + 50) / 2 = 85
        List<PersonScores> months = List.of(person("P1", "80"), person("P1", "50"));
        Classification c = quarter(months, List.of(), List.of()).get(0);
        assertThat(c.score()).isEqualByComparingTo("80");
        assertThat(c.level()).isEqualTo("B");
    }

    @Test
    void overAQuarterAMeanJustBelowABandEdgeIsShownAndClassifiedBelowIt() {
        // (90 + 90 + 89.9999) / 3 = 89.99996…: shown 89.9999 and B — rounded, it would show 90 and read as A
        Classification c = quarter(List.of(person("P1", "70"), person("P1", "70"), person("P1", "69.9999")),
                List.of(), List.of()).get(0);
        assertThat(c.score().toPlainString()).isEqualTo("89.9999");
        assertThat(c.level()).isEqualTo("B");
    }

    @Test
    void overAQuarterEachConfirmedViolationInItIsTakenOnceFromTheMean() {
        CountedViolation april = new CountedViolation("V1", SubjectKind.PERSON, "P1", "LB-PNV", "NK-1",
                LocalDate.of(2024, 4, 3));
        CountedViolation june = new CountedViolation("V2", SubjectKind.PERSON, "P1", "LB-PNV", "NK-2",
                LocalDate.of(2024, 6, 28));
        CountedViolation march = new CountedViolation("V3", SubjectKind.PERSON, "P1", "LB-PNV", "NK-2",
                LocalDate.of(2024, 3, 31));
        Classification c = quarter(List.of(person("P1", "70"), person("P1", "70")), List.of(april, june, march),
                List.of()).get(0);
        assertThat(c.penalty()).isEqualByComparingTo("10");
        assertThat(c.score()).isEqualByComparingTo("80");
        assertThat(c.level()).isEqualTo("B");
    }

    @Test
    void overAQuarterASanctionDecidedInAnyOfItsMonthsCapsTheLevel() {
        DecidedSanction june = new DecidedSanction("V1", SubjectKind.PERSON, "P1", "LB-PNV",
                SanctionForm.CANH_CAO, LocalDate.of(2024, 6, 20), LocalDate.of(2024, 3, 1));
        Classification c = quarter(List.of(person("P1", "70"), person("P1", "70")), List.of(), List.of(june)).get(0);
        assertThat(c.levelByScore()).isEqualTo("A");
        assertThat(c.level()).isEqualTo("D");
        assertThat(c.adjustedBy()).containsExactly(Classification.SANCTION_CAP);
    }

    @Test
    void overAQuarterABonusAboveItsMaximumInOneMonthDoesNotMakeUpAnother() {
        // BONUS max 10: 14 counts 10, as April's own score counts it, and 6 then averages 8
        PersonScores april = new PersonScores("P1", "U", Map.of("TASKS", d("60"), "BONUS", d("14")));
        PersonScores may = new PersonScores("P1", "U", Map.of("TASKS", d("60"), "BONUS", d("6")));
        assertThat(quarter(List.of(april, may), List.of(), List.of()).get(0).score()).isEqualByComparingTo("68");
    }

    @Test
    void overAQuarterTheQuotaCountsPeopleNotMonths() {
        // four people over three months: ⌊0.3 × 4⌋ = 1 keeps A (counting the twelve months would allow 3)
        PersonScores best = new PersonScores("P2", "U", Map.of("DISCIPLINE", d("20"), "TASKS", d("70"), "BONUS",
                d("5")));
        List<PersonScores> months = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            months.addAll(List.of(person("P1", "70"), best, person("P3", "30"), person("P4", "30")));
        }
        List<Classification> result = PersonClassifier.classifyOverMonths(Sets.hanoi3814(), Q2, months, List.of(),
                List.of());
        assertThat(result).extracting(Classification::level).containsExactly("B", "A", "C", "C");
        assertThat(result.get(0).adjustedBy()).containsExactly(Classification.QUOTA);
    }
}
