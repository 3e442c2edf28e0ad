package vn.thidua.ledger.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void sixMonthlyReportIsDueBefore10JuneAndCoversTheFirstHalf() {
        assertThat(ReportKind.SIX_MONTHLY.dueBefore(2024)).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(ReportKind.SIX_MONTHLY.period(2024)).isEqualTo("2024-H1");
    }

    @Test
    void yearlyReportIsDueBefore30NovemberAndCoversTheYear() {
        assertThat(ReportKind.YEARLY.dueBefore(2024)).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(ReportKind.YEARLY.period(2024)).isEqualTo("2024");
    }
}
