/** Bulk imports: reading uploaded CSV and XLSX files into rows, and refusing a file with all its row problems at once. */
package vn.thidua.ledger.command.imports;
