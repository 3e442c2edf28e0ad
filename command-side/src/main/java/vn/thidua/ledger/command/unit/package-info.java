/** Registering units of the organisation tree. */
package vn.thidua.ledger.command.unit;
