package vn.thidua.ledger.command.imports;

/**
 * An import not begun because as many files as the node reads at once are being read and stored: the caller
 * retries shortly (503 with Retry-After); nothing of the file was read or stored.
 */
public class ImportsBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ImportsBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
