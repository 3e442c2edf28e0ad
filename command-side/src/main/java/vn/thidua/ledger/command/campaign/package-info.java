/** Launching campaigns and emulation movements. */
package vn.thidua.ledger.command.campaign;
