/** The node's settings read strictly at startup: a wrong value stops the node naming its variable. */
package vn.thidua.ledger.ops.settings;
