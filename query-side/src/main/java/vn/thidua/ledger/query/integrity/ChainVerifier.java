package vn.thidua.ledger.query.integrity;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the hash chain from the stored columns of every event, in global order, and compares each link
 * with the stored one.
 *
 * <p>Walking positions 0, 1, 2, …, the first position that is missing (a gap, or rows missing at the end of
 * what {@code event_position} counts), whose recomputed link differs from the stored one, or that lies beyond
 * the counted head, is the first broken position. A head whose link differs from the last event's is a break at
 * the head's position: the seal no longer vouches for that event.
 *
 * <p>Rows are streamed (a cursor with a fetch size, inside a transaction), so millions of events never sit in
 * memory at once; the transaction is a read-only repeatable-read snapshot, so appends committed meanwhile
 * neither show up half-way nor look like missing rows.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 1000;

    /** The outcome, in the names of {@code GET /api/integrity/verify}. */
    public record Verification(boolean ok, long verifiedThrough, Long firstBrokenPosition, String head, long events,
                               Instant checkedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL's driver streams with a cursor only when a fetch size is set and autocommit is off
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    public Verification verify() {
        return snapshot.execute(status -> walk());
    }

    private record Head(long position, byte[] link) {
    }

    private Verification walk() {
        Instant checkedAt = Instant.now();
        Head head = jdbc.queryForObject("SELECT last_position, last_link FROM event_position WHERE id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)));
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        Long broken = jdbc.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data, chain_link
                FROM domain_event_entry ORDER BY global_index""", (ResultSetExtractor<Long>) rs -> firstBroken(rs, head));
        long verifiedThrough = broken == null ? head.position() : broken - 1;
        return new Verification(broken == null, verifiedThrough, broken, HexFormat.of().formatHex(head.link()),
                events, checkedAt);
    }

    private static Long firstBroken(ResultSet rs, Head head) throws SQLException {
        HashChain chain = new HashChain();
        byte[] previous = HashChain.genesis();
        long expected = 0;
        while (rs.next()) {
            long position = rs.getLong("global_index");
            if (position != expected || position > head.position()) {
                // the index is the primary key, so a position other than the next one means rows were removed
                return expected;
            }
            byte[] link = chain.link(previous, new HashChain.StoredEvent(rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                    rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                    rs.getBytes("payload"), rs.getBytes("meta_data")));
            byte[] stored = rs.getBytes("chain_link");
            if (stored == null || !MessageDigest.isEqual(link, stored)) {
                return position;
            }
            previous = link;
            expected++;
        }
        if (expected <= head.position()) {
            return expected;
        }
        if (head.position() >= 0 && !MessageDigest.isEqual(previous, head.link())) {
            return head.position();
        }
        return null;
    }
}
