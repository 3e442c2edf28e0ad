/** Clusters and blocs of units and their dated memberships. */
package vn.thidua.ledger.command.cluster;
