/** Authentication of API clients and the bootstrap administrator. */
package vn.thidua.ledger.ops.security;
