package vn.thidua.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of business time, both ends inclusive, written as in the API: {@code 2024-05} (month),
 * {@code 2024-Q2}, {@code 2024-H1}, {@code 2024} (year) or {@code 2024-01-01..2024-06-30}.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Kỳ phải có ngày đầu và ngày cuối");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Kỳ kết thúc ngày " + to + " trước ngày bắt đầu " + from);
        }
        // year 0 (1 BC) is written 0000 but no calendar of the records has it, nor can the database store it
        if (from.getYear() < 1 || to.getYear() > 9999) {
            throw new IllegalArgumentException("Kỳ phải nằm trong các năm 0001 đến 9999, không phải " + from + ".." + to);
        }
    }

    /**
     * Parses a period as a request body writes it: refused when white space of any script (an em space too) stands
     * before or after it, which {@link #parse} forgives — a body is read as written (" 2024-05" is no period, never
     * read as the nearest one), as its dates are.
     */
    public static Period parseAsWritten(String text) {
        if (text != null && !text.equals(text.strip())) {
            throw new IllegalArgumentException("Kỳ '" + text + "' có khoảng trắng ở đầu hoặc cuối; viết liền, ví dụ "
                    + "2024-05, 2024-Q2, 2024-H1, 2024 hoặc 2024-01-01..2024-06-30");
        }
        return parse(text);
    }

    /** Parses a period; a single date ({@code 2024-05-17}) is the period of that one day. */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Thiếu kỳ");
        }
        String s = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return month(month);
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3);
            }
            if ((m = HALF.matcher(s)).matches()) {
                return months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6);
            }
            if ((m = RANGE.matcher(s)).matches()) {
                return new Period(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
            if (DAY.matcher(s).matches()) {
                LocalDate day = LocalDate.parse(s);
                return new Period(day, day);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Kỳ không hợp lệ (không có ngày/tháng này): " + text, e);
        }
        throw new IllegalArgumentException(
                "Không đọc được kỳ " + text + " (viết 2024-05, 2024-Q2, 2024-H1, 2024 hoặc 2024-01-01..2024-06-30)");
    }

    /** The calendar year {@code year} (any year the calendar counts, 999 as well as 2024). */
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    private static Period months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new Period(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }

    /**
     * The period of the same length just before this one: the previous month, quarter, half or year for
     * whole months, otherwise the same number of days ending the day before {@link #from()}; none when it would
     * begin before the year 0001 that periods start at.
     */
    public java.util.Optional<Period> previous() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            YearMonth first = YearMonth.from(from).minusMonths(months);
            return within(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth());
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return within(from.minusDays(days), from.minusDays(1));
    }

    /**
     * The same period a year earlier: the same months for whole months (February to its end), else the same days;
     * none for a period of the year 0001.
     */
    public java.util.Optional<Period> yearBefore() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            return within(from.minusYears(1), YearMonth.from(to).minusYears(1).atEndOfMonth());
        }
        return within(from.minusYears(1), to.minusYears(1));
    }

    private static java.util.Optional<Period> within(LocalDate from, LocalDate to) {
        return from.getYear() < 1 ? java.util.Optional.empty() : java.util.Optional.of(new Period(from, to));
    }

    /** Every calendar month the period touches, in order. */
    public java.util.List<YearMonth> months() {
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** True when {@code other} lies wholly inside this period. */
    public boolean encloses(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** True when the period is exactly one calendar month. */
    public boolean isMonth() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /** The period as a client writes it: a month, a quarter ({@code 2024-Q2}), a half, a year, else the range. */
    public String label() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).plusMonths(2).atEndOfMonth())
                && (from.getMonthValue() - 1) % 3 == 0) {
            return year() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).plusMonths(5).atEndOfMonth())
                && (from.getMonthValue() - 1) % 6 == 0) {
            return year() + "-H" + ((from.getMonthValue() - 1) / 6 + 1);
        }
        return toString();
    }

    @Override
    public String toString() {
        if (isMonth()) {
            return YearMonth.from(from).toString();
        }
        if (from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31))) {
            return year();
        }
        return from + ".." + to;
    }

    /** The year written with its four digits, as a period is parsed ({@code 0999}, never {@code 999}). */
    private String year() {
        return String.format(java.util.Locale.ROOT, "%04d", from.getYear());
    }
}
