package vn.thidua.ledger.command.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the single commands of concurrent requests. Every stored event takes the next position under
 * one lock held until its transaction commits (that is what makes positions gap-free and in commit order), so
 * one transaction per command caps the node at one commit at a time. Here a few committer threads each take the
 * commands waiting at that moment (up to {@value #MAX_GROUP}, on distinct aggregates) and handle them in one
 * transaction: each command in a unit of work of its own, nested in one for the group that stores all their
 * events in one append. Every caller still gets exactly its own answer:
 * <ul>
 *     <li>a command refused within the group gets its refusal; the group is then rolled back and handled again
 *     without it (a refused command changes nothing, so the others' outcome is the one they would have had);</li>
 *     <li>if the group cannot be stored (a concurrent write elsewhere), each of its commands is handled again on
 *     its own, exactly as without grouping;</li>
 *     <li>a command's answer is the position of its own last event, and an Idempotency-Key's answer is stored in
 *     the same transaction as the events.</li>
 * </ul>
 */
@Component
class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    static final int MAX_GROUP = 64;

    /** A command waiting for its group, and the caller waiting for its answer. */
    private record Pending(CommandMessage<?> command, String target, CompletableFuture<CommandAnswer> answer) {
    }

    /** A command of a group was refused: its index and why. */
    private static final class Refused extends RuntimeException {
        private final int index;

        Refused(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
        }
    }

    private final CommandGateway gateway;
    private final StoredNothingCheck storedNothing;
    private final ObjectProvider<ReadAhead> readAheads;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int threads;
    private final boolean enabled;
    private final CommandTargetResolver targets;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean running;
    private final DistributionSummary groupSizes;
    private final Counter regrouped;

    GroupCommit(CommandGateway gateway, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                MeterRegistry meters, ObjectProvider<ReadAhead> readAheads, CommandTargetResolver targets,
                ObjectProvider<StoredNothingCheck> storedNothing,
                @Value("${thidua.commands.group-commit:true}") boolean enabled,
                @Value("${thidua.commands.committers:1}") int threads) {
        this.groupSizes = DistributionSummary.builder("thidua.commands.group.size")
                .description("Commands stored in one transaction by group commit").register(meters);
        this.regrouped = Counter.builder("thidua.commands.group.fallbacks")
                .description("Groups stored command by command after they could not be stored together")
                .register(meters);
        this.gateway = gateway;
        this.targets = targets;
        // looked up when used: the check reads the event store, which is built after the command side's beans
        this.storedNothing = command -> storedNothing.ifAvailable(check -> check.check(command));
        this.readAheads = readAheads;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
        this.threads = Math.max(1, threads);
    }

    /**
     * Handles {@code command} in the next group and answers the position of its last event; throws what handling
     * it alone would have thrown.
     */
    CommandAnswer send(CommandMessage<?> command) {
        // a command without a target aggregate identifier is handled alone
        String target = CachingCommandTargetResolver.targetOf(targets, command);
        if (!running || target == null) {
            return sendAlone(command);
        }
        Pending pending = new Pending(command, target, new CompletableFuture<>());
        waiting.add(pending);
        try {
            while (true) {
                try {
                    return pending.answer().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException stillWaiting) {
                    // committers stopped (shutdown) after this command was queued: nobody else will take it
                    if (!running && waiting.remove(pending)) {
                        return sendAlone(command);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the command was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private CommandAnswer sendAlone(CommandMessage<?> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                CommandOutcome outcome = gateway.sendAndWait(command);
                return outcome.answer();
            } catch (RuntimeException e) {
                // a command of another transaction, decided at the same time, was stored first: decided again now,
                // this one is refused by the rule (409) as it would have been had it come second. Likewise a command
                // that found no stream and began one (a month's first evaluation) while another transaction (an
                // import) began it: decided again, it follows what that one stored (a correction); a command that
                // creates its aggregate by its id is refused again, as taken (409)
                boolean decideAgain = DecidedApartException.causes(e) || attempt == 1 && CommandDispatcher.causeOf(e,
                        org.axonframework.modelling.command.AggregateStreamCreationException.class) != null;
                if (attempt >= DecidedApartException.DECISIONS || !decideAgain) {
                    if (decideAgain && DecidedApartException.causes(e)) {
                        // under the turn to append no other writer decides beside it: the command's rule and the
                        // guard's disagree, which no retry mends
                        log.warn("A command was decided apart from what it read {} times: {}", attempt,
                                command.getPayloadType().getSimpleName(), e);
                    }
                    throw e;
                }
            }
        }
    }


    private void commitGroups() {
        while (running || !waiting.isEmpty()) {
            Pending first;
            try {
                first = waiting.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            List<Pending> group = takeGroup(first);
            groupSizes.record(group.size());
            try {
                handle(group);
            } catch (RuntimeException | Error e) {
                // never leave a caller waiting
                group.forEach(p -> p.answer().completeExceptionally(e));
                log.error("A group of {} commands failed", group.size(), e);
            }
        }
    }

    /** {@code first} and the commands waiting now, at most one per aggregate (the others wait for a later group). */
    private List<Pending> takeGroup(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        Set<String> aggregates = new HashSet<>();
        aggregates.add(first.target());
        List<Pending> later = new ArrayList<>();
        List<Pending> drained = new ArrayList<>();
        waiting.drainTo(drained, MAX_GROUP - 1);
        for (Pending p : drained) {
            if (aggregates.add(p.target())) {
                group.add(p);
            } else {
                later.add(p);
            }
        }
        // back to the queue; a later group takes them, in their order
        later.forEach(waiting::add);
        return group;
    }

    private void handle(List<Pending> group) {
        List<Pending> remaining = new ArrayList<>(group);
        while (remaining.size() > 1) {
            Stored stored;
            try {
                stored = transactions.execute(tx -> storeTogether(remaining));
            } catch (Refused refused) {
                Pending p = remaining.remove(refused.index);
                p.answer().completeExceptionally(refused.getCause());
                continue;
            } catch (RuntimeException e) {
                // e.g. a concurrent write elsewhere: every command gets the answer it gets alone
                log.debug("A group of {} commands could not be stored together; storing them one by one",
                        remaining.size(), e);
                regrouped.increment();
                break;
            }
            // stored: whatever happens now, nothing may be sent again
            for (Pending p : remaining) {
                p.answer().complete(stored.answers().get(p.target()));
            }
            return;
        }
        for (Pending p : remaining) {
            try {
                p.answer().complete(sendAlone(p.command()));
            } catch (RuntimeException e) {
                p.answer().completeExceptionally(e);
            }
        }
    }

    /**
     * What a group's transaction tells: for each target the position of its last event as the database handed it
     * out, or, when its command stored none, of the last event its stream already held.
     */
    private record Stored(Map<String, CommandAnswer> answers) {
    }

    /** Handles the group in the current transaction. */
    private Stored storeTogether(List<Pending> group) {
        // the turn to append before any aggregate is locked, as every writer takes them (see AppendTurn)
        AppendTurn.hold(jdbc);
        List<String> targetIds = group.stream().map(Pending::target).toList();
        NewStreams.declareAmong(jdbc, targetIds);
        List<Object> payloads = group.stream().<Object>map(p -> p.command().getPayload()).toList();
        readAheads.orderedStream().forEach(readAhead -> readAhead.readAheadFor(payloads));
        Map<String, CommandAnswer> answers = new HashMap<>();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group-commit"));
        try {
            for (int index = 0; index < group.size(); index++) {
                try {
                    gateway.sendAndWait(group.get(index).command());
                } catch (RuntimeException e) {
                    throw new Refused(index, e);
                }
            }
            // registered after the event bus's own step, so it runs once the group's events are appended
            unitOfWork.onPrepareCommit(u -> {
                Map<String, Long> appended = AppendedEvents.lastPositions();
                for (int index = 0; index < group.size(); index++) {
                    if (!appended.containsKey(targetIds.get(index))) {
                        try {
                            storedNothing.check(group.get(index).command());
                        } catch (RuntimeException e) {
                            throw new Refused(index, e); // the others are stored without it
                        }
                    }
                }
                for (String target : targetIds) {
                    // a command that stored no event is answered with its entity's last event, which made it so
                    answers.put(target, appended.containsKey(target)
                            ? new CommandAnswer(appended.get(target), true)
                            : new CommandAnswer(AppendedEvents.lastOf(jdbc, target), false));
                }
                if (group.stream().anyMatch(p -> IdempotentAnswers.keepsAnAnswer(p.command().getMetaData()))) {
                    // the answers to Idempotency-Keys are stored with the events, under the append lock
                    storeIdempotentAnswers(group, answers);
                }
            });
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
        return new Stored(answers);
    }

    private void storeIdempotentAnswers(List<Pending> group, Map<String, CommandAnswer> answers) {
        for (Pending p : group) {
            IdempotentAnswers.store(jdbc, p.command().getMetaData(), answers.get(p.target()).position());
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        for (int i = 0; i < threads; i++) {
            Thread committer = new Thread(this::commitGroups, "group-commit-" + i);
            committer.setDaemon(true);
            committer.start();
            committers.add(committer);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread committer : committers) {
            try {
                committer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        committers.clear();
        // whoever came in while the committers stopped is served alone
        for (Pending p = waiting.poll(); p != null; p = waiting.poll()) {
            try {
                p.answer().complete(sendAlone(p.command()));
            } catch (RuntimeException e) {
                p.answer().completeExceptionally(e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after Axon's own lifecycle (command bus, aggregates) and stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
