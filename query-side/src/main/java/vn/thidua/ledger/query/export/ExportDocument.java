package vn.thidua.ledger.query.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What an exported file says, whatever its format: a title, lines that place it ("Đơn vị: …", "Kỳ: …",
 * "Tính đến vị trí: …"), its tables, and an optional footer ("Xuất lúc … bởi …").
 */
public record ExportDocument(String title, List<String> subtitles, List<ExportTable> tables, String footer) {

    /** When a file was made, as the users read it, in Vietnam: one way in every file. */
    private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public ExportDocument {
        Objects.requireNonNull(title, "title");
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** "Xuất lúc … bởi …": when and by whom the file was made. */
    public static String footer(Instant now, String user) {
        return "Xuất lúc " + EXPORTED_AT.format(now) + " bởi " + (user == null ? "—" : user);
    }

    /**
     * The moment a view was asked for, to the millisecond as events are stamped: copied into {@code asOf}, it asks
     * for the same view.
     */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** "Tính đến vị trí: N", said in words too when the view was asked for before the first event. */
    public static String position(long position) {
        return "Tính đến vị trí: " + position + (position < 0 ? " (trước sự kiện đầu tiên)" : "");
    }

    /** As {@link #position(long)}, with the moment asked for when the view was asked for one (null: none). */
    public static String position(long position, Instant moment) {
        if (moment == null) {
            return position(position);
        }
        String shown;
        try {
            shown = MOMENT.format(moment);
        } catch (java.time.DateTimeException beyond) {
            shown = moment.toString(); // beyond the calendar's reach in Vietnam: as given (UTC)
        }
        return position(position) + " (thời điểm " + shown + ")";
    }
}
