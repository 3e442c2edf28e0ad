/** Reports units owe upward: registering them, their reminder and overdue deadlines, and their submission. */
package vn.thidua.ledger.command.report;
