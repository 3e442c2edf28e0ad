package vn.thidua.ledger.api.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaSetTest {

    /** Hanoi's monthly framework 3814-QĐ/TU, as in the API's example. */
    static final CriteriaSet HN_3814 = new CriteriaSet(new CriteriaSetId("HN-3814"), 1, CriteriaSubject.PERSON,
            LocalDate.of(2018, 7, 1), "Đánh giá, xếp loại hằng tháng", "3814-QĐ/TU ngày 16/5/2018", false,
            List.of(new Criterion("DISCIPLINE", new BigDecimal("20")), new Criterion("TASKS", new BigDecimal("70")),
                    new Criterion("BONUS", new BigDecimal("10"))),
            List.of(new Band("A", new BigDecimal("90"), "Hoàn thành xuất sắc nhiệm vụ"),
                    new Band("B", new BigDecimal("70"), "Hoàn thành tốt nhiệm vụ"),
                    new Band("C", new BigDecimal("50"), "Hoàn thành nhiệm vụ"),
                    new Band("D", new BigDecimal("0"), "Không hoàn thành nhiệm vụ")),
            new Quota("A", new BigDecimal("0.30"), "B"),
            List.of(new ViolationPenalty("NK-", new BigDecimal("5"))),
            new SanctionCap("KHIEN_TRACH", "D"));

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParameterizedTest
    @CsvSource({"100, A", "90, A", "89.99, B", "70, B", "69.99, C", "50, C", "49.99, D", "0, D"})
    void levelIsTheFirstBandWhoseMinimumTheScoreReaches(String score, String level) {
        assertThat(HN_3814.levelFor(new BigDecimal(score))).isEqualTo(level);
    }

    @Test
    void scoreBelowEveryBandGetsTheLastLevel() {
        CriteriaSet withoutZeroBand = new CriteriaSet(HN_3814.id(), 2, CriteriaSubject.PERSON, HN_3814.effectiveFrom(),
                null, null, false, HN_3814.criteria(),
                List.of(new Band("A", new BigDecimal("90")), new Band("B", new BigDecimal("50"))), null, null, null);
        assertThat(withoutZeroBand.levelFor(new BigDecimal("-5"))).isEqualTo("B");
    }

    @Test
    void scoreAddsPointsCappedAtEachMaximumAndCountsMissingCriteriaAsZero() {
        assertThat(HN_3814.scoreOf(Map.of("DISCIPLINE", new BigDecimal("25"), "TASKS", new BigDecimal("64.99"))))
                .isEqualByComparingTo("84.99");
    }

    @Test
    void scoreIgnoresCodesTheSetDoesNotHave() {
        assertThat(HN_3814.scoreOf(Map.of("SATISFACTION", new BigDecimal("20")))).isEqualByComparingTo("0");
    }

    @Test
    void maxScoreAddsTheMaximaOfAllCriteria() {
        assertThat(HN_3814.maxScore()).isEqualByComparingTo("100");
    }

    @Test
    void ranksGoFromTheBestLevelDown() {
        assertThat(HN_3814.rank("A")).isZero();
        assertThat(HN_3814.rank("D")).isEqualTo(3);
        assertThat(HN_3814.rank("HTXS")).isEqualTo(-1);
        assertThat(HN_3814.ranksBelow("B", "A")).isTrue();
        assertThat(HN_3814.ranksBelow("A", "B")).isFalse();
        assertThat(HN_3814.ranksBelow("HTXS", "A")).isFalse();
    }

    @Test
    void penaltyOfTheMostSpecificPrefixApplies() {
        CriteriaSet set = new CriteriaSet(HN_3814.id(), 2, CriteriaSubject.PERSON, HN_3814.effectiveFrom(), null, null,
                false, HN_3814.criteria(), HN_3814.bands(), null,
                List.of(new ViolationPenalty("NK-", new BigDecimal("5")),
                        new ViolationPenalty("NK-3", new BigDecimal("10"))),
                null);
        assertThat(set.penaltyFor("NK-3")).isEqualByComparingTo("10");
        assertThat(set.penaltyFor("NK-1")).isEqualByComparingTo("5");
        assertThat(set.penaltyFor("VHCS-1")).isEqualByComparingTo("0");
    }

    @Test
    void sanctionAtLeastTheMinimumFormCapsTheLevel() {
        assertThat(HN_3814.cappedBySanction("A", "KHIEN_TRACH")).isEqualTo("D");
        assertThat(HN_3814.cappedBySanction("B", "BUOC_THOI_VIEC")).isEqualTo("D");
        assertThat(HN_3814.cappedBySanction("A", "PHE_BINH")).isEqualTo("A");
        assertThat(HN_3814.cappedBySanction("A", "NOT_A_FORM")).isEqualTo("A");
        assertThat(HN_3814.cappedBySanction("A", null)).isEqualTo("A");
    }

    @Test
    void quotaAllowsTheShareRoundedDown() {
        assertThat(HN_3814.quota().allowed(10)).isEqualTo(3);
        assertThat(HN_3814.quota().allowed(9)).isEqualTo(2);
        assertThat(HN_3814.quota().allowed(3)).isZero();
    }

    @Test
    void quotaIsAShareOfThePeopleClassifiedUnlessABaseLevelIsNamed() {
        assertThat(HN_3814.quota().base()).isEqualTo(Quota.CLASSIFIED);
        assertThat(HN_3814.quota().baseLevel()).isEmpty();
        Quota decree335 = new Quota("HTXS", new BigDecimal("0.20"), "HTT", "LEVEL:HTT");
        assertThat(decree335.baseLevel()).contains("HTT");
    }

    @ParameterizedTest
    @CsvSource({"3, 7, 1", "10, 0, 1", "5, 8, 2", "1, 0, 0", "0, 9, 0", "4, 16, 3", "5, 15, 3"})
    void aQuotaOnALevelKeepsAtMostItsShareOfThoseAtThatLevelAfterDemotion(int reaching, long atBase, int kept) {
        Quota decree335 = new Quota("HTXS", new BigDecimal("0.20"), "HTT", "LEVEL:HTT");
        assertThat(decree335.keptAtLevel(reaching, atBase, false)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource({"89.99, true", "0.3000, true", "0.00001, false", "1234567.8901, true", "12345678, false",
            "1E+7, false", "1E+6, true", "1E-1000000000, false", "-50, true"})
    void numbersHaveAtMostFourDecimalsAndSevenIntegerDigits(String number, boolean withinPrecision) {
        assertThat(CriteriaSet.isWithinPrecision(new BigDecimal(number))).isEqualTo(withinPrecision);
    }

    @Test
    void unsaidCriterionSourceMeansScoredByHand() {
        assertThat(new Criterion("TASKS", BigDecimal.TEN, null, null).source()).isEqualTo(CriterionSource.SCORED);
        assertThat(CriterionSource.SURVEY.derived()).isTrue();
        assertThat(CriterionSource.SCORED.derived()).isFalse();
    }

    @Test
    void theApiExampleReadsIntoTheModelWithExactDecimals() throws Exception {
        CriteriaSet read = JSON.readValue("""
                { "id": "HN-3814", "version": 1, "subject": "PERSON", "effectiveFrom": "2018-07-01",
                  "criteria": [ {"code": "DISCIPLINE", "max": 20}, {"code": "TASKS", "max": 70},
                                {"code": "BONUS", "max": 10} ],
                  "bands": [ {"level": "A", "min": 90}, {"level": "B", "min": 70}, {"level": "C", "min": 50},
                             {"level": "D", "min": 0} ],
                  "quota": {"level": "A", "maxShare": 0.30, "demoteTo": "B"},
                  "violationPenalty": [ {"rulePrefix": "NK-", "points": 5} ],
                  "sanctionCap": {"minForm": "KHIEN_TRACH", "maxLevel": "D"} }""", CriteriaSet.class);
        assertThat(read.ref()).hasToString("HN-3814@1");
        assertThat(read.quota().maxShare()).isEqualTo(new BigDecimal("0.30"));
        assertThat(read.quota().base()).isEqualTo(Quota.CLASSIFIED);
        assertThat(read.criteria()).extracting(Criterion::code).containsExactly("DISCIPLINE", "TASKS", "BONUS");
        assertThat(read.bands().get(3).min()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void decimalsSurviveAJsonRoundTripUnchanged() throws Exception {
        CriteriaSet edges = new CriteriaSet(HN_3814.id(), 3, CriteriaSubject.PERSON, HN_3814.effectiveFrom(), null,
                null, true, List.of(new Criterion("TASKS", new BigDecimal("99.99"))),
                List.of(new Band("A", new BigDecimal("89.99")), new Band("B", new BigDecimal("0.10"))),
                new Quota("A", new BigDecimal("0.30"), "B"), List.of(), null);
        String json = JSON.writeValueAsString(edges);
        assertThat(json).contains("\"min\":89.99").contains("\"min\":0.10").contains("\"maxShare\":0.30");
        assertThat(JSON.readValue(json, CriteriaSet.class)).isEqualTo(edges);
    }
}
