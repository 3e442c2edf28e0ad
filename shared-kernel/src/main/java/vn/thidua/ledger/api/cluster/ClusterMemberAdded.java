package vn.thidua.ledger.api.cluster;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A unit became a member of a cluster for a span of dates (open-ended when {@code to} is null). */
@Revision("1")
public record ClusterMemberAdded(ClusterId clusterId, UnitId unitId, LocalDate from, LocalDate to) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(clusterId, unitId);
    }

    @Override
    public String businessTime() {
        return to == null ? from.toString() : from + ".." + to;
    }
}
