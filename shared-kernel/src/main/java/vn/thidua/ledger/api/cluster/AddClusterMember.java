package vn.thidua.ledger.api.cluster;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a unit a member of a cluster from a date, until {@code to} (inclusive) or open-ended. */
public record AddClusterMember(@TargetAggregateIdentifier ClusterId clusterId, UnitId unitId, LocalDate from, LocalDate to) {
}
