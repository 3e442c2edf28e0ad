/** Rebuilding projections from the whole stream beside the live tables, with progress, then switching over. */
package vn.thidua.ledger.query.rebuild;
