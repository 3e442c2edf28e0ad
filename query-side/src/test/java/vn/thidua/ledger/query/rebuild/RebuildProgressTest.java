package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private static final Instant STARTED = Instant.parse("2026-12-07T01:56:35Z");

    @Test
    void aRebuildReportedByAnotherNodeRunsAtTheRateOfItsLastReport() {
        // 20,000 events in the 10 seconds until its last report, however long ago that was
        RebuildProgress reported = RebuildProgress.reported("facts", STARTED, "BUILDING", 99_999, 20_000, 19_999, null,
                null, STARTED.plusSeconds(10));

        assertThat(reported.getEventsPerSecond()).isEqualTo(2_000);
        assertThat(reported.getEtaSeconds()).isEqualTo(40);
    }

    @Test
    void anInterruptedRebuildHasNoTimeLeft() {
        RebuildProgress interrupted = RebuildProgress.reported("facts", STARTED, "INTERRUPTED", 99_999, 20_000, 19_999,
                null, "Nút a đang dựng lại thì dừng", STARTED.plusSeconds(10));

        assertThat(interrupted.getEtaSeconds()).isNull();
    }
}
