package vn.thidua.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class TransactionMemoTest {

    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(), TransactionSynchronization.STATUS_COMMITTED);
            TransactionSynchronizationManager.clearSynchronization();
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    private static void beginTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private String answer() {
        return "answer " + asked.incrementAndGet();
    }

    @Test
    void aQuestionIsAnsweredOncePerTransaction() {
        beginTransaction();
        assertThat(TransactionMemo.remember("q", this::answer)).isEqualTo("answer 1");
        assertThat(TransactionMemo.remember("q", this::answer)).isEqualTo("answer 1");
        assertThat(asked).hasValue(1);
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        TransactionMemo.remember("q", this::answer);
        TransactionMemo.remember("q", this::answer);
        assertThat(asked).hasValue(2);
        assertThat(TransactionMemo.put("state", "x")).isFalse();
    }

    @Test
    void forgettingDropsAnswersButKeepsTheTransactionsBookkeeping() {
        beginTransaction();
        TransactionMemo.remember("q", this::answer);
        TransactionMemo.put("state", "kept");
        TransactionMemo.forget();
        assertThat(TransactionMemo.remember("q", this::answer)).isEqualTo("answer 2");
        assertThat(TransactionMemo.get("state")).isEqualTo("kept");
    }

    @Test
    void theNextTransactionStartsWithNothingRemembered() {
        beginTransaction();
        TransactionMemo.remember("q", this::answer);
        TransactionMemo.put("state", "first");
        endTransaction();
        beginTransaction();
        assertThat(TransactionMemo.get("state")).isNull();
        assertThat(TransactionMemo.remember("q", this::answer)).isEqualTo("answer 2");
    }
}
