package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A person's category or leadership post changed from a date. */
@Revision("1")
public record PersonPostChanged(PersonId personId, UnitId unitId, PersonCategory previousCategory, boolean previousLeader, PersonCategory category, boolean leader, LocalDate effectiveOn) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, unitId);
    }

    @Override
    public String businessTime() {
        return effectiveOn.toString();
    }
}
