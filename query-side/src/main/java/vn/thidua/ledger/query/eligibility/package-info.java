/** Eligibility for emulation titles under each version of the law. */
package vn.thidua.ledger.query.eligibility;
