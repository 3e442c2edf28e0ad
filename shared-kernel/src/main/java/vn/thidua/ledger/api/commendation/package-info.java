/** Commendations (khen thưởng): titles and certificates proposed, approved, rejected and revoked; messages and ids. */
package vn.thidua.ledger.api.commendation;
