package vn.thidua.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ImportTurnsTest {

    @Test
    void anImportFindingNoTurnIsRefusedWithoutItsWorkBeingDone() throws Exception {
        ImportTurns turns = new ImportTurns(1, Duration.ofMillis(50));
        CountDownLatch inTurn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
            inTurn.countDown();
            await(release);
            return "first";
        }));
        assertThat(inTurn.await(5, TimeUnit.SECONDS)).isTrue();

        boolean[] done = {false};
        assertThatThrownBy(() -> turns.inTurn(() -> done[0] = true))
                .isInstanceOfSatisfying(ImportsBusyException.class, e -> {
                    assertThat(e.getMessage()).contains("không có gì của tệp này được ghi");
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThat(done[0]).isFalse();

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(turns.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void aTurnIsGivenBackWhenItsWorkFails() {
        ImportTurns turns = new ImportTurns(1, Duration.ofMillis(50));

        assertThatThrownBy(() -> turns.inTurn(() -> {
            throw new IllegalStateException("refused file");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(turns.inTurn(() -> "after")).isEqualTo("after");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
