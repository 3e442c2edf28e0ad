/** Inspections of a unit (kiểm tra, giám sát) against the versioned checklist of seed 001: messages, ids and the checklist catalogue. */
package vn.thidua.ledger.api.inspection;
