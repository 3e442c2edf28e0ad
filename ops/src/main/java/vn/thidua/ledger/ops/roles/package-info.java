/** Which sides of the system this node runs. */
package vn.thidua.ledger.ops.roles;
