package vn.thidua.ledger.command.dispatch;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The turn to append, taken before anything is decided. Every stored event takes the next position under one row
 * lock ({@code event_position}) held until its transaction commits; a command also locks its aggregate while it is
 * decided. Taken in two orders — a bulk import holds the row from its start and locks aggregates row by row, a group
 * of single commands locked its aggregates first and then waited for the row — the two waited on each other for a
 * minute (Axon's lock timeout) and the import failed with 500, every write of the node stalled meanwhile. So every
 * transaction that decides commands (a group, a command alone, an import, a deadline) takes the row first, once.
 */
public final class AppendTurn implements MessageHandlerInterceptor<Message<?>> {

    private static final Object TAKEN = AppendTurn.class;

    private final JdbcClient jdbc;

    public AppendTurn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the turn in the transaction under way, unless taken in it already. */
    public static void hold(JdbcClient jdbc) {
        if (!held()) {
            take(jdbc);
        }
    }

    private static boolean held() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(TAKEN);
    }

    /** Takes the turn in the transaction under way, unless taken in it already; answers the last position stored. */
    public static long take(JdbcClient jdbc) {
        if (held()) {
            return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
        }
        long last = jdbc.sql("SELECT last_position FROM event_position WHERE id = 1 FOR UPDATE").query(Long.class)
                .single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(TAKEN, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new org.springframework.transaction.support
                    .TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TAKEN);
                }
            });
        }
        return last;
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        hold(jdbc);
        return chain.proceed();
    }
}
