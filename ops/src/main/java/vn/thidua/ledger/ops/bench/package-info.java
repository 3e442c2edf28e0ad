/** The benchmark: one run that generates a dataset and measures the node's throughput, latencies and memory on it. */
package vn.thidua.ledger.ops.bench;
