package vn.thidua.ledger.api.report;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Reports a unit owes upward and when they are due: the Hanoi code-of-conduct plan (seed 004) asks for a
 * six-monthly report before 10 June and a yearly one before 30 November.
 */
public enum ReportKind {
    SIX_MONTHLY("Báo cáo 6 tháng", MonthDay.of(6, 10), "-H1"),
    YEARLY("Báo cáo năm", MonthDay.of(11, 30), "");

    private final String label;
    private final MonthDay dueBefore;
    private final String periodSuffix;

    ReportKind(String label, MonthDay dueBefore, String periodSuffix) {
        this.label = label;
        this.dueBefore = dueBefore;
        this.periodSuffix = periodSuffix;
    }

    public String label() {
        return label;
    }

    /** The day the report of {@code year} must arrive before. */
    public LocalDate dueBefore(int year) {
        return dueBefore.atYear(year);
    }

    /** The period the report of {@code year} covers, in the API's notation ({@code 2024-H1}, {@code 2024}). */
    public String period(int year) {
        return year + periodSuffix;
    }
}
