package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Reading the event table range by range, over a cursor, against PostgreSQL (kept with ops, where it is). */
class StoredEventsPostgresTest extends PostgresTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private DriverManagerDataSource dataSource;

    @BeforeEach
    void storeEvents() throws SQLException {
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
             Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS domain_event_entry");
            ddl.execute("""
                    CREATE TABLE domain_event_entry (
                        global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL,
                        aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                        type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL,
                        payload_revision VARCHAR(255), payload BYTEA NOT NULL, meta_data BYTEA)""");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO domain_event_entry VALUES (?, ?, ?, ?, 'Unit', ?, ?, NULL, ?, ?)")) {
                for (int position = 0; position < 7; position++) {
                    SerializedObject<byte[]> payload = serializer.serialize(Map.of("n", position), byte[].class);
                    insert.setLong(1, position);
                    insert.setString(2, "event-" + position);
                    insert.setString(3, "unit:" + position % 2);
                    insert.setLong(4, position / 2);
                    insert.setString(5, "2024-05-17T03:04:0" + position + ".123Z");
                    insert.setString(6, payload.getType().getName());
                    insert.setBytes(7, payload.getData());
                    insert.setBytes(8, serializer.serialize(Map.of("actor", "cán bộ " + position), byte[].class)
                            .getData());
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<String> read(long after, long upTo, int range) throws Exception {
        List<String> read = new ArrayList<>();
        try (StoredEvents events = new StoredEvents(dataSource, serializer, NoOpEventUpcaster.INSTANCE, range)) {
            events.read(after, upTo, (event, position) -> read.add(position + " " + event.getPayload() + " "
                    + event.getTimestamp() + " " + event.getMetaData().get("actor")));
        }
        return read;
    }

    @Test
    void eventsComeInOrderAcrossRangesDeserialisedAsStored() throws Exception {
        assertThat(read(1, 6, 2)).containsExactly(
                "2 {n=2} 2024-05-17T03:04:02.123Z cán bộ 2",
                "3 {n=3} 2024-05-17T03:04:03.123Z cán bộ 3",
                "4 {n=4} 2024-05-17T03:04:04.123Z cán bộ 4",
                "5 {n=5} 2024-05-17T03:04:05.123Z cán bộ 5",
                "6 {n=6} 2024-05-17T03:04:06.123Z cán bộ 6");
        assertThat(read(-1, 6, 100)).hasSize(7);
        assertThat(read(3, 3, 2)).isEmpty();
    }

    @Test
    void aMissingPositionStopsTheRead() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
             Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM domain_event_entry WHERE global_index IN (4, 6)");
        }

        assertThatThrownBy(() -> read(-1, 6, 3)).hasMessageContaining("no stored event at position 4");
        assertThatThrownBy(() -> read(4, 6, 3)).hasMessageContaining("no stored event at position 6");
    }
}
