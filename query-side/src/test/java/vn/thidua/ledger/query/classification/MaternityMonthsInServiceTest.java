package vn.thidua.ledger.query.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.query.facts.FactsReader;

class MaternityMonthsInServiceTest {

    private static final List<FactsReader.Leave> JULY_TO_DECEMBER = List.of(new FactsReader.Leave("P",
            LeaveKind.MATERNITY.name(), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));

    @Test
    void monthsOnLeaveCountWhileInServiceOnly() {
        // evaluated January to March, on leave from July, dismissed on 15 August: July and August, not after
        assertThat(ClassificationService.maternityMonths(2024, Set.of(1, 2, 3), JULY_TO_DECEMBER,
                LocalDate.of(2024, 8, 15))).isEqualTo(2);
        assertThat(ClassificationService.maternityMonths(2024, Set.of(1, 2, 3), JULY_TO_DECEMBER, null))
                .isEqualTo(6);
    }
}
