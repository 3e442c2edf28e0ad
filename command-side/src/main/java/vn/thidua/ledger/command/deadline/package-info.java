/** Deadlines of aggregates (reports due), kept in PostgreSQL by db-scheduler. */
package vn.thidua.ledger.command.deadline;
