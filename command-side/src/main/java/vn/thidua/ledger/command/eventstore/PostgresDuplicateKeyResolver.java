package vn.thidua.ledger.command.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Tells Axon that PostgreSQL's unique-violation state (23505) means a stream position was already taken. */
final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
