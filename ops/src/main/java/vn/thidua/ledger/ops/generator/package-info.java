/** A realistic synthetic history of a city's integrity campaigns, reproducible from a seed, appended straight to the event store. */
package vn.thidua.ledger.ops.generator;
