package vn.thidua.ledger.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    private static final String WARD = "Phường Bồ Đề";

    @TempDir
    Path tempDir;

    @Test
    void dataSurvivesARestart() throws SQLException, IOException {
        Path dataDirectory = tempDir.resolve("pg");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ward (name text NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ward (name) VALUES (?)")) {
                insert.setString(1, WARD);
                insert.executeUpdate();
            }
        }

        assertThat(dataDirectory.resolve("PG_VERSION")).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory)))
                .isEqualTo("rwx------");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM ward")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(WARD);
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void closeStopsTheServer() {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(tempDir.resolve("pg"), 0);
        int port = postgres.port();
        assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/postgres");

        postgres.close();
        postgres.close();

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).isInstanceOf(IOException.class);
        assertThat(tempDir.resolve("pg").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void refusesASecondServerOnARunningDirectory() {
        Path dataDirectory = tempDir.resolve("pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(dataDirectory, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another server is running on " + postgres.dataDirectory());
        }
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
    }
}
