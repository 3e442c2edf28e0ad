package vn.thidua.ledger.command.commendation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationRevoked;

/** The approved, unrevoked titles and the periods they reward, kept in the events' own transaction. */
@Component
@ProcessingGroup("command-directory")
class TitlesInForce {

    private final JdbcClient jdbc;

    TitlesInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommendationApproved event) {
        Period period = Period.parse(event.period());
        jdbc.sql("""
                        INSERT INTO directory_title (commendation_id, recipient_kind, recipient_id, period_from, period_to,
                                                     title)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.commendationId().value(), event.recipientKind().name(), event.recipientId(),
                        period.from(), period.to(), event.title().name())
                .update();
    }

    @EventHandler
    void on(CommendationRevoked event) {
        jdbc.sql("DELETE FROM directory_title WHERE commendation_id = ?").param(event.commendationId().value()).update();
    }

    /** Titles of the recipient whose rewarded period contains {@code day}. */
    List<CommendationId> covering(String recipientKind, String recipientId, LocalDate day) {
        return jdbc.sql("""
                        SELECT commendation_id FROM directory_title
                        WHERE recipient_kind = ? AND recipient_id = ? AND period_from <= ? AND period_to >= ?
                        ORDER BY commendation_id""")
                .params(recipientKind, recipientId, day, day)
                .query((rs, n) -> new CommendationId(rs.getString(1)))
                .list();
    }
}
