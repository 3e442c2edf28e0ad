package vn.thidua.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void monthCoversItsDaysIncludingLeapDay() {
        assertThat(Period.parse("2024-02")).isEqualTo(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void quarterAndHalfCoverTheirMonths() {
        assertThat(Period.parse("2024-Q2")).isEqualTo(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(Period.parse("2024-H2")).isEqualTo(new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void yearAndRangeParse() {
        assertThat(Period.parse("2024")).isEqualTo(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(Period.parse("2024-01-01..2024-06-30").to()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void printsInTheApiNotation() {
        assertThat(Period.parse("2024-05")).hasToString("2024-05");
        assertThat(Period.parse("2024")).hasToString("2024");
        assertThat(Period.parse("2024-Q2")).hasToString("2024-04-01..2024-06-30");
    }

    @Test
    void aLabelOfAYearBeforeOneThousandKeepsItsFourDigitsAndParsesBack() {
        for (String written : new String[] {"0001", "0999-Q1", "0999-H2", "0999-05", "0999"}) {
            assertThat(Period.parse(written).label()).isEqualTo(written);
            assertThat(Period.parse(Period.parse(written).label())).isEqualTo(Period.parse(written));
        }
        assertThat(Period.year(999)).isEqualTo(Period.parse("0999"));
        assertThat(Period.year(2024)).isEqualTo(Period.parse("2024"));
    }

    @Test
    void yearZeroIsNoYearOfTheRecords() {
        // written 0000, it is 1 BC: no record has it, and the database cannot store its days
        for (String written : new String[] {"0000", "0000-05", "0000-Q1", "0000-01-01..2024-12-31", "0000-01-01"}) {
            assertThatThrownBy(() -> Period.parse(written)).as(written).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSamePeriodAYearEarlierKeepsWholeMonthsWhole() {
        assertThat(Period.parse("2024-H1").yearBefore().orElseThrow()).isEqualTo(Period.parse("2023-H1"));
        assertThat(Period.parse("2025-02").yearBefore().orElseThrow()).isEqualTo(Period.parse("2024-02"));
        assertThat(Period.parse("2024-02").yearBefore().orElseThrow().to()).isEqualTo(java.time.LocalDate.of(2023, 2, 28));
        assertThat(Period.parse("2024-03-05..2024-04-10").yearBefore().orElseThrow())
                .isEqualTo(Period.parse("2023-03-05..2023-04-10"));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Period.parse("2024-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2024-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2024-06-30..2024-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("tháng 5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapIsInclusive() {
        assertThat(Period.parse("2024-05").overlaps(Period.parse("2024-05-31..2024-06-30"))).isTrue();
        assertThat(Period.parse("2024-05").overlaps(Period.parse("2024-06"))).isFalse();
    }

    @Test
    void previousPeriodHasTheSameLength() {
        assertThat(Period.parse("2024-01").previous().orElseThrow()).isEqualTo(Period.parse("2023-12"));
        assertThat(Period.parse("2024-Q1").previous().orElseThrow()).isEqualTo(Period.parse("2023-10-01..2023-12-31"));
        assertThat(Period.parse("2024-H2").previous().orElseThrow()).isEqualTo(Period.parse("2024-H1"));
        assertThat(Period.parse("2024").previous().orElseThrow()).isEqualTo(Period.parse("2023"));
        assertThat(Period.parse("2024-03-01..2024-03-10").previous().orElseThrow())
                .isEqualTo(Period.parse("2024-02-20..2024-02-29"));
    }

    @Test
    void theYearOneHasNoPeriodBeforeIt() {
        assertThat(Period.parse("0001-01").previous()).isEmpty();
        assertThat(Period.parse("0001").yearBefore()).isEmpty();
        assertThat(Period.parse("1000-01-01..2026-12-31").previous()).isEmpty();
        assertThat(Period.parse("0002-Q1").yearBefore().orElseThrow()).isEqualTo(Period.parse("0001-Q1"));
    }

    @Test
    void monthsListsEveryMonthTouched() {
        assertThat(Period.parse("2024-01-15..2024-03-01").months()).hasSize(3);
        assertThat(Period.parse("2024").encloses(Period.parse("2024-05"))).isTrue();
        assertThat(Period.parse("2024-05").encloses(Period.parse("2024"))).isFalse();
    }

    @Test
    void aPeriodAsABodyWritesItHasNoWhiteSpaceAroundIt() {
        assertThat(Period.parseAsWritten("2024-05")).isEqualTo(Period.parse("2024-05"));
        for (String spaced : new String[] {" 2024-05", "2024-05\t", "2024\u2003", "\u30002024-Q2"}) {
            assertThatThrownBy(() -> Period.parseAsWritten(spaced))
                    .as(spaced).isInstanceOf(IllegalArgumentException.class);
            // the lenient reading, for query strings and stored text, still forgives it
            assertThat(Period.parse(spaced)).isNotNull();
        }
    }
}
