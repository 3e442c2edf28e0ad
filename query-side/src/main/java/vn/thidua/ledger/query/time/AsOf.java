package vn.thidua.ledger.query.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The record-time axis of a query: "as the record stood" at a global stream position ({@code pos:N}) or at
 * a moment. A moment without an offset, or a bare date (meaning the end of that day), is read in Vietnam's
 * time zone, where the users are.
 */
public record AsOf(Long position, Instant moment) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final AsOf NOW = new AsOf(null, null);
    /**
     * A time as the exported files show it ({@code 2024-01-15 10:04:05.600 +07:00}), also with fewer decimals, an
     * offset written {@code +0700}, or none; pasted raw into a URL its "+" arrives as a space (an ISO time's too).
     */
    private static final java.util.regex.Pattern AS_SHOWN = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T| +)(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
                    + "(?: *([+-])?(\\d{2}):?(\\d{2})| *Z)?");

    /** A day written dd/mm/yyyy, as Vietnamese users write it, with a time of day (and its offset) or none. */
    private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2})(:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(.*))?");

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    public static AsOf parse(String text) {
        if (text == null || text.isBlank()) {
            return NOW;
        }
        String s = text.strip();
        if (s.startsWith("pos:")) {
            try {
                // digits as written in the API (Long.parseLong reads any script's digits: pos:١٢٣ is no position)
                if (!s.substring(4).matches("-?[0-9]+")) {
                    throw new NumberFormatException(s);
                }
                long position = Long.parseLong(s.substring(4));
                // -1 is before the first event: what a moment before anything was recorded answers
                if (position < -1) {
                    throw new IllegalArgumentException("Vị trí asOf nhỏ nhất là -1 (trước sự kiện đầu tiên): " + s);
                }
                return new AsOf(position, null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("asOf=pos:N cần một số nguyên: " + s, e);
            }
        }
        java.util.regex.Matcher vietnamese = VIETNAMESE.matcher(s);
        if (vietnamese.matches()) {
            // 01/07/2024, 01/07/2024 10:04 or as the web UI shows a record time (01/07/2024 10:04:05.600 +07:00):
            // the day first, as Vietnamese users write it; the time and offset read as below
            s = vietnamese.group(3) + "-" + pad(vietnamese.group(2)) + "-" + pad(vietnamese.group(1))
                    + (vietnamese.group(4) == null ? "" : " " + pad(vietnamese.group(4)) + vietnamese.group(5)
                    + vietnamese.group(6));
        }
        java.util.regex.Matcher shown = AS_SHOWN.matcher(s);
        if (shown.matches()) {
            // the ISO form of the same time: a missing sign was a "+" a URL turned into a space
            s = shown.group(1) + "T" + shown.group(2) + (shown.group(4) != null
                    ? (shown.group(3) == null ? "+" : shown.group(3)) + shown.group(4) + ":" + shown.group(5)
                    : s.endsWith("Z") ? "Z" : "");
        }
        try {
            return new AsOf(null, OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return new AsOf(null, LocalDateTime.parse(s).atZone(VIETNAM).toInstant());
            } catch (DateTimeParseException notLocal) {
                try {
                    return new AsOf(null, LocalDate.parse(s).plusDays(1).atStartOfDay(VIETNAM).toInstant().minusNanos(1));
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("asOf (thời điểm ghi sổ) phải là pos:N, một thời điểm ISO như "
                            + "2024-07-01T00:00:00+07:00, một ngày như 2024-07-01 hoặc 01/07/2024 (hết ngày đó, giờ "
                            + "Việt Nam), "
                            + "hoặc một thời điểm như các tệp xuất ghi (2024-07-01 10:04:05.600 +07:00): "
                            + text.strip());
                }
            }
        }
    }

    public boolean isNow() {
        return position == null && moment == null;
    }
}
