/** Evaluations (đánh giá, xếp loại) of persons and units against a criteria set: their messages and ids. */
package vn.thidua.ledger.api.evaluation;
