/** The facts the rules engine works from, kept with the positions that recorded and replaced them. */
package vn.thidua.ledger.query.facts;
