/** Today's date in Vietnam, by the clock messages are stamped with, and the check that a recorded fact is not ahead of it. */
package vn.thidua.ledger.command.calendar;
