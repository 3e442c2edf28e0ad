package vn.thidua.ledger.command.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The turns of imports on a node: at most {@code atOnce} files read and stored together, the others waiting up to
 * {@code wait} for a turn, then refused ({@link ImportsBusyException}) before anything of them is read. Imports store
 * one after another anyway (each holds the stream's position while it appends); the bound keeps the files and rows
 * held in memory to a few, however many are sent together.
 */
public final class ImportTurns {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore turns;
    private final int atOnce;
    private final Duration wait;

    public ImportTurns(int atOnce, Duration wait) {
        this.turns = new Semaphore(atOnce, true);
        this.atOnce = atOnce;
        this.wait = wait;
    }

    /** {@code work}'s result, computed in a turn of its own. */
    public <T> T inTurn(Supplier<T> work) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportsBusyException("Máy chủ đang nhập " + atOnce + " tệp khác; hãy gửi lại sau ít giây "
                        + "(không có gì của tệp này được ghi)", RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportsBusyException("Lần nhập bị ngắt khi chờ lượt; hãy gửi lại", RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
