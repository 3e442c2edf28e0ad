package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.unit.UnitId;

/**
 * A person was registered as working in a unit; from {@code joinedOn}, the first day of their service, when it was
 * told (revision 2 adds it; registrations without it, revision 1 among them, count the person from the start).
 */
@Revision("2")
public record PersonRegistered(PersonId personId, UnitId unitId, String fullName, PersonCategory category,
                               boolean leader, LocalDate joinedOn) implements LedgerEvent {

    public PersonRegistered(PersonId personId, UnitId unitId, String fullName, PersonCategory category,
                            boolean leader) {
        this(personId, unitId, fullName, category, leader, null);
    }

    @Override
    public List<EntityId> subjects() {
        return List.of(personId, unitId);
    }

    /** The first day of service, when told: a trail of that day's period shows the person joining. */
    @Override
    public String businessTime() {
        return joinedOn == null ? null : joinedOn.toString();
    }
}
