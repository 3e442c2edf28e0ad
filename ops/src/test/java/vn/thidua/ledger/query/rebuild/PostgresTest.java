package vn.thidua.ledger.query.rebuild;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/** A PostgreSQL server of its own (embedded, in a temporary directory) for each test class extending this. */
public abstract class PostgresTest {

    @TempDir
    protected static Path tempDir;
    protected static EmbeddedPostgres postgres;

    @BeforeAll
    protected static void startPostgres() {
        postgres = EmbeddedPostgres.start(tempDir.resolve("pg"), 0);
    }

    @AfterAll
    protected static void stopPostgres() {
        postgres.close();
    }
}
