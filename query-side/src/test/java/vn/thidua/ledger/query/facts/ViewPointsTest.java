package vn.thidua.ledger.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewPointsTest {

    @Test
    void aPeriodIsReadAlsoAsVietnameseUsersWriteIt() {
        assertThat(ViewPoints.asWritten("05/2024")).isEqualTo("2024-05");
        assertThat(ViewPoints.asWritten("5/2024")).isEqualTo("2024-05");
        assertThat(ViewPoints.asWritten("01/02/2024..30/4/2024")).isEqualTo("2024-02-01..2024-04-30");
        assertThat(ViewPoints.asWritten("2024-01-01..2024-06-30")).isEqualTo("2024-01-01..2024-06-30");
        assertThat(ViewPoints.asWritten("2024-Q2")).isEqualTo("2024-Q2");
    }
}
