/** Writes limited to the part of the organisation an account is scoped to: every event stored must concern it. */
package vn.thidua.ledger.command.scope;
