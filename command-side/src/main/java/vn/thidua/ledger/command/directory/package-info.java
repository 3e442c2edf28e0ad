/** The command side's own lookup of committed facts, used to check references and set-wide rules. */
package vn.thidua.ledger.command.directory;
