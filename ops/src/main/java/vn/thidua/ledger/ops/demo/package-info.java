/** The demo history loaded into an empty store at first start. */
package vn.thidua.ledger.ops.demo;
