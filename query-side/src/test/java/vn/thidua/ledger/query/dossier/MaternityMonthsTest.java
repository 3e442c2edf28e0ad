package vn.thidua.ledger.query.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.query.facts.FactsReader.Leave;

class MaternityMonthsTest {

    private static Leave leave(String from, String to) {
        return new Leave("P", "MATERNITY", LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMonthCoveredByALeaveAndItsExtensionIsOnLeaveThroughout() {
        List<Leave> split = List.of(leave("2024-05-16", "2024-07-09"), leave("2024-01-10", "2024-05-15"));
        assertThat(DossierService.onMaternityLeaveThroughout(split, Period.parse("2024-05"))).isTrue();
        assertThat(DossierService.onMaternityLeaveThroughout(split, Period.parse("2024-06"))).isTrue();
        assertThat(DossierService.onMaternityLeaveThroughout(split, Period.parse("2024-07"))).isFalse();
        assertThat(DossierService.onMaternityLeaveThroughout(split, Period.parse("2024-01"))).isFalse();
    }

    @Test
    void aDayBetweenTwoLeavesIsADayWorked() {
        List<Leave> gap = List.of(leave("2024-05-01", "2024-05-14"), leave("2024-05-16", "2024-05-31"));
        assertThat(DossierService.onMaternityLeaveThroughout(gap, Period.parse("2024-05"))).isFalse();
        assertThat(DossierService.onMaternityLeaveThroughout(null, Period.parse("2024-05"))).isFalse();
    }
}
