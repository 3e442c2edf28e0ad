/** Publishing versions of criteria sets, and the published versions the command side checks evaluations against. */
package vn.thidua.ledger.command.criteria;
