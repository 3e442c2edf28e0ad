/** Exports: one format-neutral document rendered as a PDF, XLSX or CSV file an inspection team can keep. */
package vn.thidua.ledger.query.export;
