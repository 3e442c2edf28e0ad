/** Tamper evidence: the hash chain over the global event stream, its head, and verifying it from the stored rows. */
package vn.thidua.ledger.query.integrity;
