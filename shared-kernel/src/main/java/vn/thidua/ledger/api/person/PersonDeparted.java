package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A person left the organisation (retired, resigned, dismissed, …) from the unit they worked in; {@code leftOn} is
 * their last day of service. What they did until then stays theirs; nothing of theirs is dated after it.
 */
@Revision("1")
public record PersonDeparted(PersonId personId, UnitId unitId, LocalDate leftOn, DepartureReason reason, String note)
        implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, unitId);
    }

    @Override
    public String businessTime() {
        return leftOn.toString();
    }
}
