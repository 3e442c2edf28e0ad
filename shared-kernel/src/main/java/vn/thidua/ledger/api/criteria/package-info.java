/** Criteria sets (bộ tiêu chí đánh giá, xếp loại): their versioned definitions, messages and resolution. */
package vn.thidua.ledger.api.criteria;
