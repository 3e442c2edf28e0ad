package vn.thidua.ledger.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseFailureAnalyzerTest {

    private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(new MockEnvironment()
            .withProperty("thidua.db.url", "jdbc:postgresql://127.0.0.1:5439/thidua")
            .withProperty("spring.datasource.username", "postgres"));

    @Test
    void anUnreachableDatabaseIsToldInOneLineWithWhereAndAsWhom() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5439 refused.",
                new ConnectException("Connection refused"));
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flywayInitializer",
                new BeanCreationException("dataSource", "Failed to initialize pool", refused)));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://127.0.0.1:5439/thidua", "postgres",
                "Connection to 127.0.0.1:5439 refused.");
        assertThat(analysis.getAction()).contains("THIDUA_DB_URL");
    }

    @Test
    void aUrlThatIsNoJdbcUrlIsToldToo() {
        assertThat(analyzer.analyze(new IllegalStateException("boot",
                new IllegalArgumentException("'url' must start with \"jdbc\"")))).isNotNull();
    }

    @Test
    void aDataDirectoryHeldByAnotherNodesServerIsToldWithWhatToDo() {
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("dataSource", "embeddedPostgres",
                new DataDirectoryInUseException(java.nio.file.Path.of("/srv/thidua/postgres"), 4242)));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("/srv/thidua/postgres", "4242");
        assertThat(analysis.getAction()).contains("THIDUA_DATA_DIR");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("port 8080 in use"))).isNull();
    }
}
