package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/** A person was on leave from one day to another, both included, from the unit they worked in when it began. */
@Revision("1")
public record LeaveRecorded(PersonId personId, UnitId unitId, LeaveKind kind, LocalDate from, LocalDate to,
                            String note) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, unitId);
    }

    @Override
    public String businessTime() {
        return from + ".." + to;
    }
}
