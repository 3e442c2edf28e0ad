package vn.thidua.ledger.command.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered for the rest of the current database transaction, so that a request of many commands (an
 * import) asks the database once per distinct question. Outside a transaction nothing is remembered. Whoever
 * writes what a remembered answer was read from in the same transaction calls {@link #forget()}. Besides the
 * answers, the transaction's own bookkeeping ({@link #put}, {@link #get}) lives here too; forgetting answers
 * leaves it alone.
 */
public final class TransactionMemo {

    private static final Object KEY = TransactionMemo.class;

    private TransactionMemo() {
    }

    /** The answer to {@code key} given earlier in this transaction, else {@code answer}'s, remembered. */
    @SuppressWarnings("unchecked")
    public static <T> T remember(Object key, Supplier<T> answer) {
        Memo memo = current(true);
        if (memo == null) {
            return answer.get();
        }
        if (memo.answers().containsKey(key)) {
            return (T) memo.answers().get(key);
        }
        T value = answer.get();
        memo.answers().put(key, value);
        return value;
    }

    /** Whether the answer to {@code key} is remembered in this transaction. */
    public static boolean knows(Object key) {
        Memo memo = current(false);
        return memo != null && memo.answers().containsKey(key);
    }

    /** Whether answers are remembered now: inside a transaction. */
    public static boolean active() {
        return current(true) != null;
    }

    /** Sets {@code key} for the rest of the transaction; false when no transaction is active. */
    public static boolean put(Object key, Object value) {
        Memo memo = current(true);
        if (memo == null) {
            return false;
        }
        memo.state().put(key, value);
        return true;
    }

    /** What {@code key} was set to in this transaction, or null. */
    public static Object get(Object key) {
        Memo memo = current(false);
        return memo == null ? null : memo.state().get(key);
    }

    /** Drops every remembered answer of the current transaction. */
    public static void forget() {
        Memo memo = current(false);
        if (memo != null) {
            memo.answers().clear();
        }
    }

    private record Memo(Map<Object, Object> answers, Map<Object, Object> state) {
    }

    private static Memo current(boolean create) {
        Memo memo = (Memo) TransactionSynchronizationManager.getResource(KEY);
        if (memo != null || !create || !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return memo;
        }
        Memo created = new Memo(new HashMap<>(), new HashMap<>());
        TransactionSynchronizationManager.bindResource(KEY, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return created;
    }
}
