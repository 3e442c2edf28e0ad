/** Inspection dossiers: the seed's checklist as indicators, each with the entries behind it, as of any moment. */
package vn.thidua.ledger.query.dossier;
