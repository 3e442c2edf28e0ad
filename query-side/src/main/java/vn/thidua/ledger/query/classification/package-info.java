/** Classifications of people, monthly under a criteria set and yearly under Decree 90/48. */
package vn.thidua.ledger.query.classification;
