/** Recording the mid-term and final reviews held under a campaign, one final review per campaign, each sealing the head of the event chain. */
package vn.thidua.ledger.command.review;
