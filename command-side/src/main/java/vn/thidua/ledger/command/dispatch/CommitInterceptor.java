package vn.thidua.ledger.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs inside the command's transaction, after the handler: once the events are appended it takes the
 * position they got and, for a request of one command with an Idempotency-Key, stores the answer in the same
 * transaction, so a retried request can never store its events twice.
 */
final class CommitInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcClient jdbc;
    private final CommandTargetResolver targets;
    private final StoredNothingCheck storedNothing;

    CommitInterceptor(JdbcClient jdbc, CommandTargetResolver targets, StoredNothingCheck storedNothing) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.storedNothing = storedNothing;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        chain.proceed();
        CommandOutcome outcome = new CommandOutcome();
        if (unitOfWork.parent().isPresent()) {
            // one command of a batch: its events are stored with the batch's, which reads the positions itself
            return outcome;
        }
        // registered after the handler ran, so it follows the event bus's own prepare-commit step (the append)
        unitOfWork.onPrepareCommit(uow -> {
            // a command that stored no event is answered with its entity's last event, which made it so
            java.util.OptionalLong appended = AppendedEvents.lastPosition();
            if (appended.isEmpty()) {
                storedNothing.check(uow.getMessage());
            }
            CommandAnswer answer = appended.isPresent() ? new CommandAnswer(appended.getAsLong(), true)
                    : new CommandAnswer(AppendedEvents.lastOf(jdbc,
                            CachingCommandTargetResolver.targetOf(targets, uow.getMessage())), false);
            outcome.answer(answer);
            IdempotentAnswers.store(jdbc, uow.getMessage().getMetaData(), answer.position());
        });
        return outcome;
    }
}
