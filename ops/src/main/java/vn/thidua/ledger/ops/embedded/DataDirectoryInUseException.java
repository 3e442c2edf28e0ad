package vn.thidua.ledger.ops.embedded;

import java.nio.file.Path;

/** The embedded PostgreSQL's directory is held by a server that is running: most likely another node's. */
class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path directory;
    private final long pid;

    DataDirectoryInUseException(Path directory, long pid) {
        super("another server is running on " + directory + " (pid " + pid + ")");
        this.directory = directory;
        this.pid = pid;
    }

    Path directory() {
        return directory;
    }

    long pid() {
        return pid;
    }
}
