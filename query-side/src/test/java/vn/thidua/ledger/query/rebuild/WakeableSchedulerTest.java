package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WakeableSchedulerTest {

    private final WakeableScheduler scheduler = new WakeableScheduler(Executors.defaultThreadFactory());

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void wakingRunsADelayedTaskNow() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(ran::countDown, 1, TimeUnit.HOURS);

        scheduler.wake();

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(scheduler.delayedTasks()).isZero();
    }

    @Test
    void aWokenTaskDoesNotRunAgainWhenItsDelayIsOver() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(() -> {
            runs.incrementAndGet();
            ran.countDown();
        }, 200, TimeUnit.MILLISECONDS);
        scheduler.wake();
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();

        // one thread, tasks in the order of their time: once this has run, so has the first task's own firing
        CountDownLatch later = new CountDownLatch(1);
        scheduler.schedule(later::countDown, 400, TimeUnit.MILLISECONDS);
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aTaskScheduledAfterTheWakeKeepsItsDelay() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.wake();

        scheduler.schedule(ran::countDown, 1, TimeUnit.HOURS);
        CountDownLatch immediate = new CountDownLatch(1);
        scheduler.execute(immediate::countDown);

        assertThat(immediate.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.getCount()).isOne();
        assertThat(scheduler.delayedTasks()).isOne();
    }

    @Test
    void aDelayedTaskNotWokenRunsWhenItsDelayIsOver() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);

        scheduler.schedule(ran::countDown, 50, TimeUnit.MILLISECONDS);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(scheduler.delayedTasks()).isZero();
    }
}
