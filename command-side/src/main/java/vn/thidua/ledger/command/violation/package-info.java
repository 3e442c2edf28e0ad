/** Recording violations against the rule catalogue, reviewing them, and the sanctions decided on them. */
package vn.thidua.ledger.command.violation;
