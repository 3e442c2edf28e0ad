package vn.thidua.ledger.command.commendation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.CommendationReinstated;
import vn.thidua.ledger.api.commendation.CommendationRevoked;
import vn.thidua.ledger.api.commendation.CommendationTitle;
import vn.thidua.ledger.api.commendation.RecipientKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.command.dispatch.DecidedApartException;

/**
 * The approved, unrevoked titles and the periods they reward, and those a violation revoked, kept in the events' own
 * transaction.
 */
@Component
@ProcessingGroup("command-directory")
class TitlesInForce {

    private final JdbcClient jdbc;

    TitlesInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommendationApproved event) {
        inForce(event.commendationId(), event.recipientKind(), event.recipientId(), event.period(), event.title(),
                event.clusterId());
    }

    private void inForce(CommendationId commendationId, RecipientKind recipientKind, String recipientId,
                         String rewarded, CommendationTitle title, ClusterId clusterId) {
        Period period = Period.parse(rewarded);
        if (clusterId != null) {
            // two flags of one cluster approved in one group of commands, each decided before the other was stored:
            // failing the group has them stored one at a time, the second then refused (see GroupCommit)
            long others = jdbc.sql("""
                            SELECT count(*) FROM directory_title
                            WHERE cluster_id = ? AND title = 'CO_THI_DUA' AND period_from <= ? AND period_to >= ?
                              AND commendation_id <> ?""")
                    .params(clusterId.value(), period.to(), period.from(), commendationId.value())
                    .query(Long.class).single();
            if (others > 0) {
                throw new DecidedApartException("a second flag of cluster " + clusterId.value() + " for " + rewarded);
            }
        }
        if (title.heldOncePerPeriod()) {
            // the same title for the same recipient and period approved twice at once (two proposals of it)
            long same = jdbc.sql("""
                            SELECT count(*) FROM directory_title
                            WHERE recipient_kind = ? AND recipient_id = ? AND title = ? AND period_from <= ?
                              AND period_to >= ? AND commendation_id <> ?""")
                    .params(recipientKind.name(), recipientId, title.name(), period.to(), period.from(),
                            commendationId.value())
                    .query(Long.class).single();
            if (same > 0) {
                throw new DecidedApartException("a second " + title.name() + " of " + recipientId + " for " + rewarded);
            }
        }
        // a violation of the recipient in the period confirmed at the same time: the title would stand unrevoked, as
        // the revocation of its confirmation may have looked for titles before this one was stored
        long confirmed = jdbc.sql("""
                        SELECT count(*) FROM directory_violation
                        WHERE subject_kind = ? AND subject_id = ? AND confirmed AND occurred_on BETWEEN ? AND ?""")
                .params(recipientKind.name(), recipientId, period.from(), period.to())
                .query(Long.class).single();
        if (confirmed > 0) {
            throw new DecidedApartException(title.name() + " of " + recipientId + " for " + rewarded
                    + " with a confirmed violation in its period");
        }
        jdbc.sql("""
                        INSERT INTO directory_title (commendation_id, recipient_kind, recipient_id, period_from, period_to,
                                                     title, cluster_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(commendationId.value(), recipientKind.name(), recipientId, period.from(), period.to(),
                        title.name(), clusterId == null ? null : clusterId.value())
                .update();
    }

    @EventHandler
    void on(CommendationRevoked event) {
        jdbc.sql("DELETE FROM directory_title WHERE commendation_id = ?").param(event.commendationId().value()).update();
        if (event.violationId() == null) {
            // revoked by decision: final, even where a violation revoked it first — nothing left to reinstate
            jdbc.sql("DELETE FROM directory_title_revoked WHERE commendation_id = ?")
                    .param(event.commendationId().value()).update();
        } else {
            Period period = Period.parse(event.period());
            jdbc.sql("""
                            INSERT INTO directory_title_revoked (commendation_id, violation_id, recipient_kind,
                                                                 recipient_id, period_from, period_to, title)
                            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(event.commendationId().value(), event.violationId().value(), event.recipientKind().name(),
                            event.recipientId(), period.from(), period.to(), event.title().name())
                    .update();
        }
    }

    @EventHandler
    void on(CommendationReinstated event) {
        jdbc.sql("DELETE FROM directory_title_revoked WHERE commendation_id = ?")
                .param(event.commendationId().value()).update();
        inForce(event.commendationId(), event.recipientKind(), event.recipientId(), event.period(), event.title(),
                event.clusterId());
    }

    /** The titles of a recipient that a violation revoked, with the periods they reward, by id. */
    List<RevokedTitle> revokedOf(String recipientKind, String recipientId) {
        return jdbc.sql("""
                        SELECT commendation_id, violation_id, title, period_from, period_to FROM directory_title_revoked
                        WHERE recipient_kind = ? AND recipient_id = ? ORDER BY commendation_id""")
                .params(recipientKind, recipientId)
                .query((rs, n) -> new RevokedTitle(new CommendationId(rs.getString(1)),
                        new ViolationId(rs.getString(2)), rs.getString(3),
                        new Period(rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate())))
                .list();
    }

    /** A title a violation revoked, that violation, and the period it rewards. */
    record RevokedTitle(CommendationId commendationId, ViolationId violationId, String title, Period period) {
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
