package vn.thidua.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.rules.Sets.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.violation.SubjectKind;

class UnitRankerTest {

    private static final Period Q2 = Period.parse("2024-Q2");

    private static UnitEvaluationFact eval(String unit, String period, String general, String reform, String office) {
        return new UnitEvaluationFact(unit, Period.parse(period),
                Map.of("GENERAL", d(general), "ADMIN_REFORM", d(reform), "CIVILISED_OFFICE", d(office)));
    }

    @Test
    void scoreIsTheMeanPerCriterionPlusSatisfactionLessPenalties() {
        UnitCandidate boDe = new UnitCandidate("BD", "Phường Bồ Đề",
                List.of(eval("BD", "2024-04", "30", "20", "20"), eval("BD", "2024-05", "20", "30", "15"),
                        eval("BD", "2024-03", "0", "0", "0")),
                List.of(new SurveyFact("BD", Period.parse("2024-Q2"), 200, 180)),
                List.of(new CountedViolation("V1", SubjectKind.PERSON, "P1", "BD", "NK-1", LocalDate.of(2024, 6, 3))));
        UnitStanding s = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(boDe)).get(0);
        assertThat(s.breakdown()).containsEntry("GENERAL", d("25")).containsEntry("ADMIN_REFORM", d("25"))
                .containsEntry("CIVILISED_OFFICE", d("17.5")).containsEntry("SATISFACTION", d("18"));
        assertThat(s.penalty()).isEqualByComparingTo("5");
        assertThat(s.score()).isEqualByComparingTo("80.5");
        assertThat(s.evaluations()).isEqualTo(2);
        assertThat(s.level()).isEqualTo("HTT");
    }

    @Test
    void aUnitNobodyEvaluatedInThePeriodIsRankedWithoutALevel() {
        UnitCandidate surveyedOnly = new UnitCandidate("NL", "Phường Ngọc Lâm", List.of(),
                List.of(new SurveyFact("NL", Period.parse("2024-Q2"), 100, 90)), List.of());
        UnitStanding s = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(surveyedOnly)).get(0);
        assertThat(s.evaluations()).isZero();
        assertThat(s.score()).isEqualByComparingTo("18");
        assertThat(s.level()).as("not evaluated, not failed").isNull();
    }

    @Test
    void aSingleEvaluationKeepsItsExactDecimals() {
        UnitCandidate u = new UnitCandidate("U", "U", List.of(new UnitEvaluationFact("U", Period.parse("2024-05"),
                Map.of("GENERAL", d("29.99"), "ADMIN_REFORM", d("30"), "CIVILISED_OFFICE", d("20")))), List.of(),
                List.of());
        assertThat(UnitRanker.rank(Sets.officeCulture(), Period.parse("2024-05"), List.of(u)).get(0).score()
                .toPlainString()).isEqualTo("79.99");
    }

    @Test
    void theScoreIsTheExactSumCutNotTheSumOfCutMeans() {
        // three months: 70/3 for GENERAL and for ADMIN_REFORM (23.3333... each), 12 for CIVILISED_OFFICE
        UnitCandidate u = new UnitCandidate("U", "U", List.of(eval("U", "2024-04", "30", "30", "12"),
                eval("U", "2024-05", "30", "30", "12"), eval("U", "2024-06", "10", "10", "12")), List.of(), List.of());
        UnitStanding s = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(u)).get(0);
        assertThat(s.breakdown().get("GENERAL").toPlainString()).isEqualTo("23.3333");
        assertThat(s.breakdown().get("ADMIN_REFORM").toPlainString()).isEqualTo("23.3333");
        assertThat(s.score().toPlainString()).isEqualTo("58.6666");
        // thirds that add up to a whole number are that number, not 0.9999 short of it
        UnitCandidate thirds = new UnitCandidate("T", "T", List.of(eval("T", "2024-04", "1", "1", "1"),
                eval("T", "2024-05", "0", "0", "0"), eval("T", "2024-06", "0", "0", "0")), List.of(), List.of());
        assertThat(UnitRanker.rank(Sets.officeCulture(), Q2, List.of(thirds)).get(0).score().toPlainString())
                .isEqualTo("1");
    }

    @Test
    void aScoreJustBelowABandEdgeIsShownAndLevelledBelowIt() {
        // (30 + 30 + 29.9999) / 3 + 30 + 10 = 69.99996…: shown 69.9999 and HT, never rounded up to 70 and HTT
        UnitCandidate u = new UnitCandidate("U", "U", List.of(eval("U", "2024-04", "30", "30", "10"),
                eval("U", "2024-05", "30", "30", "10"), eval("U", "2024-06", "29.9999", "30", "10")), List.of(),
                List.of());
        UnitStanding s = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(u)).get(0);
        assertThat(s.score().toPlainString()).isEqualTo("69.9999");
        assertThat(s.level()).isEqualTo("HT");
    }

    @Test
    void theMaximumCapsEachEvaluationBeforeThePeriodsMean() {
        // GENERAL max 30: May 40 counts 30, as May's own ranking shows it, so June's 20 makes a mean of 25 — the
        // quarter is the mean of its months, and May's excess does not make up June's gap
        UnitCandidate u = new UnitCandidate("U", "U", List.of(eval("U", "2024-05", "40", "0", "0"),
                eval("U", "2024-06", "20", "0", "0")), List.of(), List.of());
        assertThat(UnitRanker.rank(Sets.officeCulture(), Q2, List.of(u)).get(0).breakdown().get("GENERAL"))
                .isEqualByComparingTo("25");
        assertThat(UnitRanker.rank(Sets.officeCulture(), Period.parse("2024-05"), List.of(u)).get(0).breakdown()
                .get("GENERAL")).isEqualByComparingTo("30");
        UnitCandidate high = new UnitCandidate("H", "H", List.of(eval("H", "2024-05", "50", "0", "0"),
                eval("H", "2024-06", "40", "0", "0")), List.of(), List.of());
        assertThat(UnitRanker.rank(Sets.officeCulture(), Q2, List.of(high)).get(0).breakdown().get("GENERAL"))
                .isEqualByComparingTo("30");
    }

    @Test
    void tiesGoToFewerViolationsThenToTheLowerUnitId() {
        CountedViolation qtux = new CountedViolation("V", SubjectKind.UNIT, "A", "A", "OTHER-1", LocalDate.of(2024, 5, 1));
        UnitCandidate a = new UnitCandidate("A", "A", List.of(eval("A", "2024-05", "30", "30", "20")), List.of(),
                List.of(qtux));
        UnitCandidate b = new UnitCandidate("B", "B", List.of(eval("B", "2024-05", "30", "30", "20")), List.of(),
                List.of());
        UnitCandidate c = new UnitCandidate("C", "C", List.of(eval("C", "2024-05", "30", "30", "20")), List.of(),
                List.of());
        List<UnitStanding> ranking = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(c, a, b));
        assertThat(ranking).extracting(UnitStanding::unitId).containsExactly("B", "C", "A");
        assertThat(ranking).extracting(UnitStanding::rank).containsExactly(1, 2, 3);
    }

    @Test
    void unitWithoutEvaluationsStillRanksWithZeroesButNoLevel() {
        UnitCandidate empty = new UnitCandidate("Z", "Z", List.of(), List.of(), List.of());
        UnitStanding s = UnitRanker.rank(Sets.officeCulture(), Q2, List.of(empty)).get(0);
        assertThat(s.score()).isEqualByComparingTo("0");
        assertThat(s.level()).isNull();
    }
}
