/** The node's Axon message metrics: what Axon's Micrometer module records, without what a busy node cannot afford. */
package vn.thidua.ledger.ops.metrics;
