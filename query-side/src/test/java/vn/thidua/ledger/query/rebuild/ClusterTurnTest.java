package vn.thidua.ledger.query.rebuild;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The turn to rebuild among nodes is an advisory lock held by a pooled connection, which must never keep it. */
class ClusterTurnTest {

    private final HikariDataSource pool = mock(HikariDataSource.class);
    private final Connection connection = mock(Connection.class);
    private final PreparedStatement unlock = mock(PreparedStatement.class);

    @BeforeEach
    void aFreeTurn() throws SQLException {
        PreparedStatement lock = mock(PreparedStatement.class);
        ResultSet answer = mock(ResultSet.class);
        when(pool.getConnection()).thenReturn(connection);
        when(pool.isWrapperFor(HikariDataSource.class)).thenReturn(true);
        when(pool.unwrap(HikariDataSource.class)).thenReturn(pool);
        when(connection.prepareStatement(contains("pg_try_advisory_lock"))).thenReturn(lock);
        when(connection.prepareStatement(contains("pg_advisory_unlock"))).thenReturn(unlock);
        when(lock.executeQuery()).thenReturn(answer);
        when(answer.next()).thenReturn(true);
        when(answer.getBoolean(1)).thenReturn(true);
    }

    @Test
    void aTurnLetGoOfReturnsItsConnectionToThePool() throws SQLException {
        ProjectionRebuilder.ClusterTurn.take(pool, "facts").close();

        verify(connection).close();
        verify(pool, never()).evictConnection(connection);
    }

    @Test
    void aTurnThatCouldNotBeLetGoOfTakesItsConnectionOutOfThePool() throws SQLException {
        when(unlock.execute()).thenThrow(new SQLException("connection reset"));

        ProjectionRebuilder.ClusterTurn.take(pool, "facts").close();

        verify(pool).evictConnection(connection);
        verify(connection, never()).close();
    }
}
