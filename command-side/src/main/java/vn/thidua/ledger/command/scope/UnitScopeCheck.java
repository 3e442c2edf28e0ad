package vn.thidua.ledger.command.scope;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.directory.OrganisationDirectory.PersonEntry;
import vn.thidua.ledger.command.dispatch.MetaDataKeys;

/**
 * Refuses (403) an event of an account scoped to a unit unless everything it concerns lies within that unit: its
 * units (a new unit counts by its parent) and the units its people work in. Events that concern no unit at all —
 * criteria sets, clusters, organisation-wide records — are for accounts of the whole organisation. Checked as each
 * event is staged, whichever command or import stages it, so a refused command stores nothing.
 */
public class UnitScopeCheck implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String RULE = "UNIT_SCOPE";

    private final OrganisationDirectory directory;

    public UnitScopeCheck(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            check(message);
            return message;
        };
    }

    void check(EventMessage<?> message) {
        if (!(message.getMetaData().get(MetaDataKeys.UNIT_SCOPE) instanceof String scope)
                || !(message.getPayload() instanceof LedgerEvent event)) {
            return; // the whole organisation's accounts, and the system's own events
        }
        UnitId scopeUnit = new UnitId(scope);
        Set<UnitId> concerned = new LinkedHashSet<>();
        for (EntityId subject : event.subjects()) {
            if (subject instanceof UnitId unit && directory.unitExists(unit)) {
                concerned.add(unit);
            } else if (subject instanceof PersonId person) {
                directory.person(person).map(PersonEntry::unitId).ifPresent(concerned::add);
            }
        }
        if (concerned.isEmpty()) {
            throw new RefusedException(RefusedException.Reason.FORBIDDEN, RULE, null, "Tài khoản chỉ được ghi cho "
                    + "đơn vị " + scope + " và các đơn vị trực thuộc; " + what(event) + " thuộc toàn tổ chức");
        }
        for (UnitId unit : concerned) {
            if (!unit.equals(scopeUnit) && !directory.isWithin(unit, scopeUnit)) {
                throw new RefusedException(RefusedException.Reason.FORBIDDEN, RULE, null, "Tài khoản chỉ được ghi "
                        + "cho đơn vị " + scope + " và các đơn vị trực thuộc, không cho " + unit.value());
            }
        }
    }

    private static String what(LedgerEvent event) {
        return "bản ghi " + event.getClass().getSimpleName();
    }
}
