package vn.thidua.ledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/** How far a rebuild has got: what it has replayed, how fast, and how long it should still take. */
public final class RebuildProgress {

    private final String projection;

    /** When another node last reported this rebuild; null for this node's own. */

    private Instant reportedAt;
    private final Instant startedAt;
    private volatile String state;
    private volatile long target;
    private volatile long processed;
    private volatile long lastPosition = -1;
    private volatile Instant finishedAt;
    private volatile String error;

    private RebuildProgress(String projection, long target) {
        this.projection = projection;
        this.target = target;
        // as the database keeps it (microseconds), so that every node tells the same moment
        this.startedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.state = "BUILDING";
    }

    static RebuildProgress started(String projection, long target) {
        return new RebuildProgress(projection, target);
    }

    private RebuildProgress(String projection, Instant startedAt, String state, long target, long processed,
                            long lastPosition, Instant finishedAt, String error, Instant reportedAt) {
        this.reportedAt = reportedAt;
        this.projection = projection;
        this.startedAt = startedAt;
        this.state = state;
        this.target = target;
        this.processed = processed;
        this.lastPosition = lastPosition;
        this.finishedAt = finishedAt;
        this.error = error;
    }

    /**
     * A rebuild as another node reported it (or this node before a restart) at {@code reportedAt}: its rate is
     * that of the events processed by then, not by now.
     */
    static RebuildProgress reported(String projection, Instant startedAt, String state, long target, long processed,
                                    long lastPosition, Instant finishedAt, String error, Instant reportedAt) {
        return new RebuildProgress(projection, startedAt, state, target, processed, lastPosition, finishedAt, error,
                reportedAt);
    }

    void advanced(int events, long position) {
        processed += events;
        lastPosition = position;
    }

    void target(long target) {
        this.target = target;
    }

    void state(String state) {
        this.state = state;
    }

    void done() {
        state = "DONE";
        finishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void failed(String message) {
        state = "FAILED";
        error = message;
        finishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    boolean finished() {
        return finishedAt != null;
    }

    public String getProjection() {
        return projection;
    }

    public String getState() {
        return state;
    }

    public long getProcessed() {
        return processed;
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public long getTarget() {
        return target;
    }

    public int getPercent() {
        return percent();
    }

    public long getEventsPerSecond() {
        return eventsPerSecond();
    }

    public Long getEtaSeconds() {
        if ("INTERRUPTED".equals(state)) {
            return null; // it will not end
        }
        return finished() ? Long.valueOf(0) : etaSeconds();
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }

    int percent() {
        if (target < 0) {
            return 100;
        }
        return (int) Math.min(100, (lastPosition + 1) * 100 / (target + 1));
    }

    double seconds() {
        Instant end = finishedAt != null ? finishedAt : reportedAt != null ? reportedAt : Instant.now();
        return Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    }

    long eventsPerSecond() {
        return Math.round(processed / seconds());
    }

    Long etaSeconds() {
        long rate = eventsPerSecond();
        return rate == 0 ? null : Math.max(0, (target - lastPosition) / rate);
    }
}
