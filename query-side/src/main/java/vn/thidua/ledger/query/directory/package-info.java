/** The organisation as recorded: units and clusters to choose from, as of any position. */
package vn.thidua.ledger.query.directory;
