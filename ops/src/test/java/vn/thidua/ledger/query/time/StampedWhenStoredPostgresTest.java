package vn.thidua.ledger.query.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/**
 * Events are stamped as they are stored, under the stream's head lock, so stamps rise with positions; and a moment
 * read while an append is in flight waits for it, so that the same moment always names the same start of the stream.
 */
class StampedWhenStoredPostgresTest extends PostgresTest {

    private static final String INSERT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload)
            VALUES (?, ?, 0, 'Unit', ?, 'vn.thidua.ledger.api.unit.UnitRegistered', '1', ?)""";

    private DriverManagerDataSource migrated() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static void append(Connection connection, String id, String decidedAt) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, "unit:" + id);
            insert.setString(3, decidedAt);
            insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    @Test
    void anEventDecidedEarlierButStoredLaterIsStampedLater() throws Exception {
        DriverManagerDataSource dataSource = migrated();
        Instant before = Instant.now().minusSeconds(60);
        try (Connection connection = dataSource.getConnection()) {
            append(connection, "S1", "2020-01-01T00:00:15.000Z");
            // decided a second before the first, stored after it (it waited behind an import)
            append(connection, "S2", "2020-01-01T00:00:14.000Z");
        }
        List<Instant> stamps = JdbcClient.create(dataSource).sql("""
                        SELECT time_stamp FROM domain_event_entry WHERE event_identifier IN ('S1', 'S2')
                        ORDER BY global_index""")
                .query(String.class).list().stream().map(Instant::parse).toList();
        assertThat(stamps).hasSize(2);
        assertThat(stamps.get(1)).isAfterOrEqualTo(stamps.get(0));
        // stamped by the database as stored, not as the node decided it
        assertThat(stamps.get(0)).isAfter(before);
    }

    @Test
    void aMomentReadWhileAnAppendIsInFlightWaitsForItToCommit() throws Exception {
        DriverManagerDataSource dataSource = migrated();
        ProjectionProgress progress = new ProjectionProgress(JdbcClient.create(dataSource), Duration.ofSeconds(10),
                new DataSourceTransactionManager(dataSource));
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            append(writer, "W1", "2026-12-07T02:18:15.000Z");
            CompletableFuture<Instant> settled = CompletableFuture.supplyAsync(progress::appendsSettledAt);
            Thread.sleep(300);
            assertThat(settled).isNotDone(); // the append holds the head until it commits
            Instant committing = Instant.now();
            writer.commit();
            assertThat(settled.get(10, TimeUnit.SECONDS)).isAfterOrEqualTo(committing.minusMillis(50));
        }
        // nothing in flight: at once, cut to the millisecond as the stamps are (an append later in the same
        // millisecond takes that millisecond's stamp, which is not before it)
        Instant idle = CompletableFuture.supplyAsync(progress::appendsSettledAt).get(2, TimeUnit.SECONDS);
        assertThat(idle.getNano() % 1_000_000).isZero();
    }
}
