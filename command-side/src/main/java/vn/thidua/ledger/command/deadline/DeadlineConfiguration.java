package vn.thidua.ledger.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ledger.command.dispatch.AppendTurn;

/**
 * Axon's deadline manager on db-scheduler, whose {@code scheduled_tasks} table (created by Flyway) keeps
 * deadlines across restarts and lets exactly one node fire each. The db-scheduler starter builds, starts and
 * stops the scheduler; Axon's autoconfiguration registers the task that hands due deadlines to this manager.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /**
     * Replaces the manager Axon's autoconfiguration would build with the event serializer: that one writes a
     * deadline's scope with the aggregate id as a bare string ({@code "r-1"} for {@code ReportId "r-1"}), so
     * the scope would come back naming stream {@code r-1} instead of {@code report:r-1}, the aggregate would
     * not be found and the deadline would be dropped. The general serializer records the id's type.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, Configuration configuration,
                                               @Qualifier("serializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory, JdbcClient jdbc) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        // a deadline decides on its aggregate as a command does: the append row first (see AppendTurn)
        manager.registerHandlerInterceptor(new AppendTurn(jdbc));
        return manager;
    }
}
