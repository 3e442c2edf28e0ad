/** The embedded PostgreSQL server the node starts when no external database is named. */
package vn.thidua.ledger.ops.embedded;
