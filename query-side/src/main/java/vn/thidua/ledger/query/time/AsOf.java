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
    private static final java.time.format.DateTimeFormatter AS_SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] xxx");

    public static AsOf parse(String text) {
        if (text == null || text.isBlank()) {
            return NOW;
        }
        String s = text.strip();
        if (s.startsWith("pos:")) {
            try {
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
        try {
            return new AsOf(null, OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return new AsOf(null, LocalDateTime.parse(s).atZone(VIETNAM).toInstant());
            } catch (DateTimeParseException notLocal) {
                try {
                    return new AsOf(null, LocalDate.parse(s).plusDays(1).atStartOfDay(VIETNAM).toInstant().minusNanos(1));
                } catch (DateTimeParseException notDate) {
                    try {
                        // as the exported files show record times: copied from one, it asks for that moment
                        return new AsOf(null, OffsetDateTime.parse(s, AS_SHOWN).toInstant());
                    } catch (DateTimeParseException notShown) {
                        throw new IllegalArgumentException(
                                "asOf phải là pos:N hoặc một thời điểm ISO như 2024-07-01T00:00:00+07:00: " + s);
                    }
                }
            }
        }
    }

    public boolean isNow() {
        return position == null && moment == null;
    }
}
