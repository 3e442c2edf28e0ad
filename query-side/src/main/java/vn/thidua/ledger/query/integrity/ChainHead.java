package vn.thidua.ledger.query.integrity;

import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The current head of the hash chain: the last stored position and its link, as the append trigger keeps it. */
@Component
public class ChainHead {

    /** A position of the global stream and the chain link there, in lower-case hex. */
    public record Link(long position, String link) {
    }

    private final JdbcClient jdbc;

    ChainHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head now; position -1 and 32 zero bytes while the store is empty. */
    public Link current() {
        return jdbc.sql("SELECT last_position, last_link FROM event_position WHERE id = 1")
                .query((rs, n) -> new Link(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2))))
                .single();
    }
}
