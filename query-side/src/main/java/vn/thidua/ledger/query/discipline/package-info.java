/** What a person's disciplinary decisions still bar (promotion, planning, appointment), as of a day. */
package vn.thidua.ledger.query.discipline;
