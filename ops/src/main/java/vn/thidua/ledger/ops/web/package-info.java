/** How the HTTP API answers refusals and errors: problem details. */
package vn.thidua.ledger.ops.web;
