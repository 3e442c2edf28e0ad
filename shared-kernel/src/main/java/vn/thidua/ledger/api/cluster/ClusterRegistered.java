package vn.thidua.ledger.api.cluster;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;

/** A cluster or bloc was registered. */
@Revision("1")
public record ClusterRegistered(ClusterId clusterId, String name, ClusterKind kind) implements LedgerEvent {

    @Override
    public List<EntityId> subjects() {
        return List.of(clusterId);
    }
}
