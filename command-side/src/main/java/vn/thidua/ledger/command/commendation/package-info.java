/** Proposing commendations for persons and units, and approving, rejecting or revoking them. */
package vn.thidua.ledger.command.commendation;
