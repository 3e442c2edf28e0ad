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
 * <p>Review milestones seal the chain head they were held at ({@code ReviewHeld.chainHead}): a recomputed link
 * at a sealed position that differs from the seal means the events up to it are not those the review sealed,
 * though every link after the edit was computed anew (with the database's own rights). The edit lies after the
 * last seal that still holds, so the stream is vouched for through that seal only. One who rewrites the seals as
 * well passes this check: only a head kept outside the database (the review's minutes) tells that.
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
                               Instant checkedAt, int sealsChecked, Long brokenSealPosition) {
    }

    /** A review's seal: the position it sealed, the link it recorded there, and the review event's own position. */
    private record Seal(long sealed, String link, long position) {
    }

    private static final java.util.regex.Pattern CHAIN_HEAD =
            java.util.regex.Pattern.compile("\"chainHead\"\\s*:\\s*\"(\\d+):([0-9a-f]{64})\"");

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
        // the seals are read before the walk (a scan of their own): each is checked when its sealed position comes
        // up, before the review holding it, so a break is told at the same place whatever else was altered after it
        java.util.Map<Long, java.util.List<Seal>> seals = new java.util.HashMap<>();
        jdbc.query("SELECT global_index, payload FROM domain_event_entry WHERE payload_type LIKE '%.ReviewHeld'",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    java.util.regex.Matcher seal = CHAIN_HEAD.matcher(
                            new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8));
                    if (seal.find()) {
                        long sealed = Long.parseLong(seal.group(1));
                        seals.computeIfAbsent(sealed, k -> new java.util.ArrayList<>())
                                .add(new Seal(sealed, seal.group(2), rs.getLong(1)));
                    }
                });
        // [0] the seal found broken, [1] the last one that held (its sealed position), counted as compared
        Seal[] brokenSeal = new Seal[1];
        long[] sealsHeld = {-1, 0};
        Long broken = jdbc.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data, chain_link
                FROM domain_event_entry ORDER BY global_index""",
                (ResultSetExtractor<Long>) rs -> firstBroken(rs, head, seals, brokenSeal, sealsHeld));
        long verifiedThrough = broken == null ? head.position() : broken - 1;
        int sealsChecked = (int) sealsHeld[1];
        return new Verification(broken == null, verifiedThrough, broken, HexFormat.of().formatHex(head.link()),
                events, checkedAt, sealsChecked, brokenSeal[0] == null ? null : brokenSeal[0].position());
    }

    private static Long firstBroken(ResultSet rs, Head head, java.util.Map<Long, java.util.List<Seal>> seals,
                                    Seal[] brokenSeal, long[] sealsHeld) throws SQLException {
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
            for (Seal seal : seals.getOrDefault(position, java.util.List.of())) {
                sealsHeld[1]++;
                if (!HexFormat.of().formatHex(link).equals(seal.link())) {
                    // the edit lies after the last seal that held: vouched for through it, no further
                    brokenSeal[0] = seal;
                    return sealsHeld[0] + 1;
                }
                sealsHeld[0] = Math.max(sealsHeld[0], position);
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
