/** Opening inspections of units, recording their findings against the checklist, and closing them. */
package vn.thidua.ledger.command.inspection;
