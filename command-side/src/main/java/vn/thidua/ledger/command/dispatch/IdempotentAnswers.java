package vn.thidua.ledger.command.dispatch;

import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The answer to a single command's Idempotency-Key, stored in the transaction that stores its events. */
final class IdempotentAnswers {

    private IdempotentAnswers() {
    }

    /** A single command sent with a key (a command of a batch carries the key but no fingerprint: not it). */
    static boolean keepsAnAnswer(MetaData metaData) {
        return metaData.containsKey(MetaDataKeys.IDEMPOTENCY_KEY) && metaData.containsKey(MetaDataKeys.FINGERPRINT);
    }

    /** Stores the answer {@code position} when the command {@link #keepsAnAnswer keeps one}. */
    static void store(JdbcClient jdbc, MetaData metaData, long position) {
        if (keepsAnAnswer(metaData)) {
            jdbc.sql("""
                            INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, entity_id, position)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(metaData.get(MetaDataKeys.ACTOR), metaData.get(MetaDataKeys.IDEMPOTENCY_KEY),
                            metaData.get(MetaDataKeys.FINGERPRINT), metaData.get(MetaDataKeys.ENTITY_ID), position)
                    .update();
        }
    }
}
