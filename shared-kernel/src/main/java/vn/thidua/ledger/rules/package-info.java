/**
 * The rules engine: pure functions from recorded facts and a criteria-set version to scores, levels and ranks.
 * Nothing here is stored; the same facts under the same version always give the same answer.
 */
package vn.thidua.ledger.rules;
