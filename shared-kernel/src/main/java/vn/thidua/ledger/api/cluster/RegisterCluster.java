package vn.thidua.ledger.api.cluster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a cluster or bloc whose member units are ranked against each other. */
public record RegisterCluster(@TargetAggregateIdentifier ClusterId clusterId, String name, ClusterKind kind) {
}
