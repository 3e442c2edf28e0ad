package vn.thidua.ledger.api.person;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A person was registered as working in a unit. */
@Revision("1")
public record PersonRegistered(PersonId personId, UnitId unitId, String fullName, PersonCategory category,
                               boolean leader) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, unitId);
    }
}
