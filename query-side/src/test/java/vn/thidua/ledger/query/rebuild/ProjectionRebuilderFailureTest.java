package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.ledger.api.RefusedException;

/** A rebuild that dies of an Error, not only of an Exception, ends FAILED and may be started again. */
class ProjectionRebuilderFailureTest {

    private static final class Failing implements RebuildableProjection {

        @Override
        public String processor() {
            return "facts";
        }

        @Override
        public ProjectionTables tables() {
            return ProjectionTables.live(List.of("fact_unit"));
        }

        @Override
        public void rebuildWith(EventMessage<?> event, long position, Statements statements) {
        }
    }

    /** A database whose advisory locks are always free: the rebuild's turn among nodes is always this one's. */
    private static DataSource databaseWithFreeTurns() throws SQLException {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        PreparedStatement statement = mock(PreparedStatement.class);
        ResultSet answer = mock(ResultSet.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.prepareStatement(anyString())).thenReturn(statement);
        when(statement.executeQuery()).thenReturn(answer);
        when(answer.next()).thenReturn(true);
        when(answer.getBoolean(1)).thenReturn(true);
        return dataSource;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRebuildThatDiesOfAnErrorEndsFailedAndCanBeStartedAgain() throws Exception {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(eq("facts"), eq(StreamingEventProcessor.class)))
                .thenThrow(new NoClassDefFoundError("org/example/Missing"));
        JdbcClient jdbc = mock(JdbcClient.class);
        JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
        JdbcClient.MappedQuerySpec<Long> head = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(anyString())).thenReturn(statement);
        when(statement.query(Long.class)).thenReturn(head);
        when(head.single()).thenReturn(41L);
        // what the other nodes reported: nothing
        JdbcClient.MappedQuerySpec<Object> reported = mock(JdbcClient.MappedQuerySpec.class);
        when(statement.param(org.mockito.ArgumentMatchers.any())).thenReturn(statement);
        when(statement.query(org.mockito.ArgumentMatchers.<org.springframework.jdbc.core.RowMapper<Object>>any()))
                .thenReturn(reported);
        when(reported.optional()).thenReturn(java.util.Optional.empty());
        JdbcClient.MappedQuerySpec<String> reporter = mock(JdbcClient.MappedQuerySpec.class);
        when(statement.query(String.class)).thenReturn(reporter);
        when(reporter.optional()).thenReturn(java.util.Optional.empty());
        ProjectionRebuilder rebuilder = new ProjectionRebuilder(List.of(new Failing()), mock(ObjectProvider.class),
                mock(ObjectProvider.class), processing, mock(ProcessorCoordinators.class), mock(TokenStore.class),
                jdbc, databaseWithFreeTurns(), mock(PlatformTransactionManager.class), 100_000, "node-1");

        rebuilder.start("facts");
        RebuildProgress progress = null;
        for (int i = 0; i < 100; i++) {
            progress = rebuilder.progress("facts").orElseThrow();
            if (progress.finished()) {
                break;
            }
            Thread.sleep(20);
        }

        assertThat(progress.getState()).isEqualTo("FAILED");
        assertThat(progress.getError()).contains("org/example/Missing");
        // not stuck BUILDING: a second rebuild is allowed, where a running one would be refused
        RebuildProgress again = rebuilder.start("facts");
        assertThat(again.getState()).isIn("BUILDING", "FAILED");
        assertThat(again).isNotSameAs(progress);
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        ProjectionRebuilder rebuilder = new ProjectionRebuilder(List.of(new Failing()), null, null,
                mock(EventProcessingConfiguration.class), null, null, mock(JdbcClient.class), null,
                mock(PlatformTransactionManager.class), 100_000, "node-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rebuilder.start("nothing"))
                .isInstanceOf(RefusedException.class);
    }
}
