/** Signing pledges under a campaign. */
package vn.thidua.ledger.command.pledge;
