package vn.thidua.ledger.query.rebuild;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ledger.ops.embedded.EmbeddedPostgres;

/** A PostgreSQL server of its own (embedded, in a temporary directory) for each test class extending this. */
abstract class PostgresTest {

    @TempDir
    static Path tempDir;
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgres.start(tempDir.resolve("pg"), 0);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }
}
