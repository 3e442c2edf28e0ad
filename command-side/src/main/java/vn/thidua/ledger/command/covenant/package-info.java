/** Emulation covenants signed between units. */
package vn.thidua.ledger.command.covenant;
