package vn.thidua.ledger.query.time;

import vn.thidua.ledger.api.Period;

/** Where a view is computed: a period of business time, seen as of a position of the stream. */
public record ViewPoint(Period period, String periodLabel, long position) {
}
