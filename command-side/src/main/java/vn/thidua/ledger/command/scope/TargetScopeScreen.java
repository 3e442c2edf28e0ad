package vn.thidua.ledger.command.scope;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.CampaignEntry;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * When a command of an account scoped to a unit is refused by its aggregate, answers 403 {@code UNIT_SCOPE} instead
 * if the aggregate lies outside that scope: the aggregate's own refusal ("còn 2 người đang công tác", "đã xác nhận")
 * would otherwise come before the scope check on its events, and answer about a unit the account may not write for.
 */
final class TargetScopeScreen implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final UnitScopeCheck check;
    private final OrganisationDirectory directory;
    private final EventStore eventStore;
    private final CommandTargetResolver targetResolver;

    TargetScopeScreen(UnitScopeCheck check, OrganisationDirectory directory, EventStore eventStore,
                      CommandTargetResolver targetResolver) {
        this.check = check;
        this.directory = directory;
        this.eventStore = eventStore;
        this.targetResolver = targetResolver;
    }

    /** The check of the events staged, which this screen answers for when no event is. */
    UnitScopeCheck check() {
        return check;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RefusedException refusal) {
            CommandMessage<?> command = unitOfWork.getMessage();
            if (refusal.reason() != RefusedException.Reason.FORBIDDEN
                    && command.getMetaData().get(MetaDataKeys.UNIT_SCOPE) instanceof String scope) {
                Optional<Set<UnitId>> units = unitsOfTarget(command);
                if (units.isPresent()) {
                    check.requireWithin(scope, units.get());
                }
            }
            throw refusal;
        }
    }

    /**
     * Refuses (403) a command of an account limited to a unit that stored no event, when its target lies outside
     * that scope: its answer, the entity's last position, would confirm another unit's record as asked.
     */
    void requireTargetWithinScope(CommandMessage<?> command) {
        if (command.getMetaData().get(MetaDataKeys.UNIT_SCOPE) instanceof String scope) {
            unitsOfTarget(command).ifPresent(units -> check.requireWithin(scope, units));
        }
    }

    /**
     * The units the command's target lies in now: a unit itself, a person's current unit, a campaign's scope, else
     * the units its first event concerned (a violation's unit of the day, a survey's unit); for a target without
     * events yet (a creation), the existing units, people's units and campaigns' scopes the command names, one by one
     * or in a list ("đã có bản cam kết", "đã phải nộp", "đã tổng kết" would tell about them); empty when it names
     * none.
     */
    private Optional<Set<UnitId>> unitsOfTarget(CommandMessage<?> command) {
        Object target = targetResolver.resolveTarget(command).getIdentifierValue();
        if (target instanceof UnitId unit) {
            return directory.unitExists(unit) ? Optional.of(Set.of(unit)) : unitsNamedBy(command.getPayload());
        }
        if (target instanceof PersonId person) {
            return directory.person(person).map(PersonEntry::unitId).map(Set::of)
                    .or(() -> unitsNamedBy(command.getPayload()));
        }
        if (target instanceof CampaignId campaign) {
            return directory.campaign(campaign).map(CampaignEntry::scopeUnitId).map(Set::of)
                    .or(() -> unitsNamedBy(command.getPayload()));
        }
        DomainEventStream events = eventStore.readEvents(String.valueOf(target), 0);
        if (!events.hasNext()) {
            return unitsNamedBy(command.getPayload());
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof LedgerEvent event ? Optional.of(check.concerned(event)) : Optional.empty();
    }

    /** The fields of a command naming, as text, a person or a unit it is about. */
    private static final Set<String> SUBJECT_FIELDS = Set.of("subjectId", "recipientId");

    /**
     * The units of the units and people a command's own fields name, one by one or in a list, that the directory
     * knows, with those of the person or unit named by a violation's subject or a commendation's recipient; naming
     * none, the scopes of the campaigns it names (a review is its campaign's).
     */
    private Optional<Set<UnitId>> unitsNamedBy(Object command) {
        if (!command.getClass().isRecord()) {
            return Optional.empty();
        }
        List<Object> named = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (SUBJECT_FIELDS.contains(component.getName()) && value instanceof String id && !id.isBlank()) {
                subjects.add(id);
            }
            if (value instanceof Collection<?> values) {
                named.addAll(values);
            } else {
                named.add(value);
            }
        }
        Set<UnitId> units = new HashSet<>();
        for (Object value : named) {
            if (value instanceof UnitId unit && directory.unitExists(unit)) {
                units.add(unit);
            } else if (value instanceof PersonId person) {
                directory.person(person).map(PersonEntry::unitId).ifPresent(units::add);
            }
        }
        for (String id : subjects) {
            // a violation's subject, a commendation's recipient: an id of a person or a unit, whichever it names
            if (directory.unitExists(new UnitId(id))) {
                units.add(new UnitId(id));
            }
            directory.person(new PersonId(id)).map(PersonEntry::unitId).ifPresent(units::add);
        }
        if (units.isEmpty()) {
            for (Object value : named) {
                if (value instanceof CampaignId campaign) {
                    directory.campaign(campaign).map(CampaignEntry::scopeUnitId).ifPresent(units::add);
                }
            }
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(units);
    }
}
