/** The query side: projections of the event stream and the read API over them. */
package vn.thidua.ledger.query;
