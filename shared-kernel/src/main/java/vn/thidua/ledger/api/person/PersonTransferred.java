package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A person was transferred to another unit from a date. */
@Revision("1")
public record PersonTransferred(PersonId personId, UnitId fromUnitId, UnitId toUnitId, LocalDate effectiveOn) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, fromUnitId, toUnitId);
    }

    @Override
    public String businessTime() {
        return effectiveOn.toString();
    }
}
