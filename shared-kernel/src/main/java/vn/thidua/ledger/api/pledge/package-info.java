/** Pledges (bản cam kết) signed by persons under a campaign: their messages and ids. */
package vn.thidua.ledger.api.pledge;
