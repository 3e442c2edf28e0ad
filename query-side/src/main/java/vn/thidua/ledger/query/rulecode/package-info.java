/** The catalogue of rule codes a violation may be recorded against, as the read API lists it. */
package vn.thidua.ledger.query.rulecode;
