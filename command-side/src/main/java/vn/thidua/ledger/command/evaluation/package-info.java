/** Recording evaluations (đánh giá, xếp loại) of persons and units against published criteria sets. */
package vn.thidua.ledger.command.evaluation;
