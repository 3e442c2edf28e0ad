/** The published language shared by the command side and the query side: messages, ids and value objects. */
package vn.thidua.ledger.api;
