/** Recording the mid-term and final reviews held under a campaign, one final review per campaign. */
package vn.thidua.ledger.command.review;
