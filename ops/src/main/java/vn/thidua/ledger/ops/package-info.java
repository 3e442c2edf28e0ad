/** The runnable node: roles, storage, security, demo data and monitoring. */
package vn.thidua.ledger.ops;
