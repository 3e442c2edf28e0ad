package vn.thidua.ledger.query.rebuild;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A one-thread scheduler whose delayed tasks can be run at once. A pooled processor's coordinator, idle, polls its
 * stream again only after 500 ms and refuses the immediate run a stop asks for while that poll is pending; waking
 * its scheduler runs the pending poll now, which sees the stop.
 */
final class WakeableScheduler extends ScheduledThreadPoolExecutor {

    private final Set<Once> delayed = ConcurrentHashMap.newKeySet();

    WakeableScheduler(ThreadFactory threads) {
        super(1, threads);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (delay <= 0) {
            return super.schedule(command, delay, unit);
        }
        Once once = new Once(command);
        delayed.add(once);
        return super.schedule(once, delay, unit);
    }

    /** Runs every task still waiting for its delay now; when its delay is over, it does not run again. */
    void wake() {
        for (Once once : delayed) {
            if (!isShutdown()) {
                execute(once);
            }
        }
    }

    /** How many delayed tasks have not run yet. */
    int delayedTasks() {
        return delayed.size();
    }

    private final class Once implements Runnable {

        private final Runnable command;
        private final AtomicBoolean ran = new AtomicBoolean();

        Once(Runnable command) {
            this.command = command;
        }

        @Override
        public void run() {
            if (ran.compareAndSet(false, true)) {
                delayed.remove(this);
                command.run();
            }
        }
    }
}
