/** Violations (vi phạm) of catalogued rules, their review, and the sanctions (kỷ luật) decided on them. */
package vn.thidua.ledger.api.violation;
