/** How the HTTP API answers refusals and errors (problem details), and where the web UI is served. */
package vn.thidua.ledger.ops.web;
