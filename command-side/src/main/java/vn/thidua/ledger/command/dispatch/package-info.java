/** Sending commands for HTTP requests: metadata, positions of stored events, idempotent retries. */
package vn.thidua.ledger.command.dispatch;
