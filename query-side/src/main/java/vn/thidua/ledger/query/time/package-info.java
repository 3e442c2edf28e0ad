/** The record-time axis of queries: as-of points and how far projections have got. */
package vn.thidua.ledger.query.time;
