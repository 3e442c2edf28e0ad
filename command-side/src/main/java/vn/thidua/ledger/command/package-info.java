/** The command side: aggregates that decide, command handlers, and the write API. */
package vn.thidua.ledger.command;
