package vn.thidua.ledger.api.cluster;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a unit's open membership of a cluster on a date (inclusive). */
public record EndClusterMembership(@TargetAggregateIdentifier ClusterId clusterId, UnitId unitId, LocalDate to) {
}
