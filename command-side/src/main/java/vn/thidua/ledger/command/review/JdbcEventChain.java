package vn.thidua.ledger.command.review;

import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcEventChain implements EventChain {

    private final JdbcClient jdbc;

    JdbcEventChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the head row now, in the command's transaction, as the review's own append would a moment later: no
     * other event can slip in between, so the review's event is stored right after the head it seals.
     */
    @Override
    public String head() {
        return jdbc.sql("SELECT last_position, last_link FROM event_position WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> rs.getLong(1) + ":" + HexFormat.of().formatHex(rs.getBytes(2)))
                .single();
    }
}
