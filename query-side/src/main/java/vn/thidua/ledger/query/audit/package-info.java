/** Audit trails: the full history of every entity, oldest first, on both time axes. */
package vn.thidua.ledger.query.audit;
