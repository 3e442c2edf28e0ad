/** The event store and token store on PostgreSQL, shared by every node whatever its roles. */
package vn.thidua.ledger.command.eventstore;
