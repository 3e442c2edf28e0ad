/** The published criteria sets and their versions, as the read API lists them. */
package vn.thidua.ledger.query.criteria;
