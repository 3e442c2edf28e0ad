/** Emulation standings of clusters and blocs, what-if comparisons of criteria versions, and live updates. */
package vn.thidua.ledger.query.ranking;
