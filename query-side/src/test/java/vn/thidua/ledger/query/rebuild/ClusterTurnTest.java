package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.RefusedException;

/** The turn to rebuild among nodes is an advisory lock held by a pooled connection, which must never keep it. */
class ClusterTurnTest {

    private final HikariDataSource pool = mock(HikariDataSource.class);
    private final Connection connection = mock(Connection.class);
    private final PreparedStatement unlock = mock(PreparedStatement.class);
    private final ResultSet lockAnswer = mock(ResultSet.class);
    private final ResultSet statusAnswer = mock(ResultSet.class);

    @BeforeEach
    void aFreeTurn() throws SQLException {
        PreparedStatement lock = mock(PreparedStatement.class);
        PreparedStatement status = mock(PreparedStatement.class);
        when(pool.getConnection()).thenReturn(connection);
        when(pool.isWrapperFor(HikariDataSource.class)).thenReturn(true);
        when(pool.unwrap(HikariDataSource.class)).thenReturn(pool);
        when(connection.prepareStatement(contains("pg_try_advisory_lock"))).thenReturn(lock);
        when(connection.prepareStatement(contains("pg_advisory_unlock"))).thenReturn(unlock);
        when(connection.prepareStatement(contains("rebuild_status"))).thenReturn(status);
        when(lock.executeQuery()).thenReturn(lockAnswer);
        when(lockAnswer.next()).thenReturn(true);
        when(lockAnswer.getBoolean(1)).thenReturn(true);
        when(status.executeQuery()).thenReturn(statusAnswer);
        when(statusAnswer.next()).thenReturn(true);
    }

    @Test
    void aTurnHeldByARebuildReportedFinishedIsWaitedFor() throws SQLException {
        when(lockAnswer.getBoolean(1)).thenReturn(false, false, true);
        when(statusAnswer.getBoolean(1)).thenReturn(true);

        ProjectionRebuilder.ClusterTurn turn = ProjectionRebuilder.ClusterTurn.take(pool, "facts", Duration.ofSeconds(5));

        assertThat(turn).isNotNull();
        verify(lockAnswer, times(3)).getBoolean(1);
    }

    @Test
    void aTurnHeldByARebuildUnderWayIsRefusedAtOnce() throws SQLException {
        when(lockAnswer.getBoolean(1)).thenReturn(false);
        when(statusAnswer.getBoolean(1)).thenReturn(false);

        assertThatThrownBy(() -> ProjectionRebuilder.ClusterTurn.take(pool, "facts", Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("REBUILD_ONCE_AT_A_TIME"));
        verify(lockAnswer, times(1)).getBoolean(1);
        verify(connection).close();
    }

    @Test
    void aTurnStillHeldLongAfterItsRebuildFinishedIsRefused() throws SQLException {
        when(lockAnswer.getBoolean(1)).thenReturn(false);
        when(statusAnswer.getBoolean(1)).thenReturn(true);

        assertThatThrownBy(() -> ProjectionRebuilder.ClusterTurn.take(pool, "facts", Duration.ofMillis(100)))
                .isInstanceOf(RefusedException.class);
        verify(connection).close();
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
