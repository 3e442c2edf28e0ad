/** Registering persons and where they work. */
package vn.thidua.ledger.command.person;
