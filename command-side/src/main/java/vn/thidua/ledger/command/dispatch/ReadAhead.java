package vn.thidua.ledger.command.dispatch;

import java.util.List;

/**
 * Answers, before commands are handled together in one transaction, what their handlers will ask of a read model,
 * in one query for all of them rather than one per command; the answers are kept in the {@link TransactionMemo}
 * under the keys the handlers' own questions use.
 */
public interface ReadAhead {

    /** Reads ahead for {@code commands} (command payloads) in the current transaction. */
    void readAheadFor(List<?> commands);
}
