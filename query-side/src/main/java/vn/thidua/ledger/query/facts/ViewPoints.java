package vn.thidua.ledger.query.facts;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.query.time.ProjectionProgress;
import vn.thidua.ledger.query.time.ViewCatchingUpException;
import vn.thidua.ledger.query.time.ViewPoint;

/**
 * Turns a view's {@code period} and {@code asOf} parameters into a {@link ViewPoint}: waits for the facts to
 * reach the head of the stream (or the position asked for), maps a timestamp to the last position recorded
 * by then, and reads a campaign phase ({@code campaign:ID:mid-term}, {@code campaign:ID:final}) from the
 * campaign as launched.
 */
@Component
public class ViewPoints {

    /** The processor that keeps the facts; live views follow its progress. */
    public static final String FACTS_PROCESSOR = "facts";

    private final ProjectionProgress progress;
    private final FactsReader facts;

    ViewPoints(ProjectionProgress progress, FactsReader facts) {
        this.progress = progress;
        this.facts = facts;
    }

    public ViewPoint resolve(String period, String asOf) {
        if (period == null || period.isBlank()) {
            throw RefusedException.invalid("QUERY_PARAMETER", "period",
                    "Phải nêu kỳ: 2024-05, 2024-Q2, 2024-H1, 2024, 2024-01-01..2024-06-30 hoặc campaign:ID:mid-term");
        }
        long position = position(asOf);
        if (period.startsWith("campaign:")) {
            return new ViewPoint(campaignPhase(period, position), period, position);
        }
        try {
            Period parsed = Period.parse(asWritten(period.strip()));
            return new ViewPoint(parsed, parsed.label(), position);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("QUERY_PARAMETER", "period", e.getMessage());
        }
    }

    private static final java.util.regex.Pattern MONTH_VI = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final java.util.regex.Pattern DAY_VI = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * A period also as Vietnamese users write it, as the import reads its months: 05/2024 for 2024-05, and a range
     * of days 01/02/2024..30/04/2024; anything else as the API writes it.
     */
    public static String asWritten(String period) {
        java.util.regex.Matcher month = MONTH_VI.matcher(period);
        if (month.matches()) {
            return month.group(2) + "-" + (month.group(1).length() == 1 ? "0" : "") + month.group(1);
        }
        int dots = period.indexOf("..");
        if (dots > 0) {
            return day(period.substring(0, dots).strip()) + ".." + day(period.substring(dots + 2).strip());
        }
        return period;
    }

    private static String day(String text) {
        java.util.regex.Matcher day = DAY_VI.matcher(text);
        return !day.matches() ? text : day.group(3) + "-" + (day.group(2).length() == 1 ? "0" : "") + day.group(2)
                + "-" + (day.group(1).length() == 1 ? "0" : "") + day.group(1);
    }

    /**
     * The position a view is computed at: the asked one, the last one recorded by the asked moment (a moment still to
     * come: the head), or the head — or, with neither asked, as far as the facts got in the read's wait. A position
     * the stream has not reached is refused (400), and so is, for now (503), one the facts have not reached yet:
     * answered short of it, the same question would answer differently once it is reached.
     */
    public long position(String asOf) {
        AsOf point;
        try {
            point = AsOf.parse(asOf);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("QUERY_PARAMETER", "asOf", e.getMessage());
        }
        if (point.position() != null) {
            long head = progress.head();
            if (point.position() > head) {
                throw RefusedException.invalid("ASOF_RECORDED", "asOf", "Luồng sự kiện mới đến vị trí " + head
                        + "; chưa có vị trí pos:" + point.position());
            }
        }
        if (point.position() != null) {
            return progress.awaitPosition(FactsProjector.PROCESSOR, point.position());
        }
        long reached = progress.awaitCaughtUp(FactsProjector.PROCESSOR, null);
        if (point.moment() != null) {
            // a moment not before the last stored event may yet be reached by an append in flight (stamped as it is
            // stored): its answer waits for that to commit, so that asking again gives the same answer
            boolean recent = progress.stampedAt(progress.head()).map(last -> !point.moment().isBefore(last))
                    .orElse(true);
            if (recent && point.moment().isBefore(progress.appendsSettledAt())) {
                reached = progress.awaitCaughtUp(FactsProjector.PROCESSOR, null);
            }
            long at = facts.positionAt(point.moment());
            // everything the facts hold was stored by then, and the next event, if any, may have been too (one
            // stamped after the moment was not: the facts' answer stands)
            if (at >= reached && progress.stampedAt(reached + 1)
                    .filter(stamped -> !stamped.isAfter(point.moment())).isPresent()) {
                throw new ViewCatchingUpException(FactsProjector.PROCESSOR, reached, progress.head());
            }
            return Math.min(at, reached);
        }
        return reached;
    }

    private Period campaignPhase(String text, long position) {
        String[] parts = text.split(":");
        if (parts.length != 3 || !(parts[2].equals("mid-term") || parts[2].equals("final"))) {
            throw RefusedException.invalid("QUERY_PARAMETER", "period",
                    "Kỳ theo cuộc vận động: campaign:ID:mid-term (sơ kết) hoặc campaign:ID:final (tổng kết)");
        }
        FactsReader.Campaign campaign = facts.campaign(parts[1], position).orElseThrow(() ->
                new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "period",
                        "Không tìm thấy cuộc vận động " + parts[1]));
        if (parts[2].equals("mid-term")) {
            LocalDate end = campaign.midTermReview() != null ? campaign.midTermReview()
                    : campaign.startsOn().plusDays(
                    java.time.temporal.ChronoUnit.DAYS.between(campaign.startsOn(), campaign.endsOn()) / 2);
            return new Period(campaign.startsOn(), end);
        }
        // the final review (tổng kết) looks back over the whole campaign
        LocalDate end = campaign.finalReview() != null && campaign.finalReview().isBefore(campaign.endsOn())
                ? campaign.finalReview() : campaign.endsOn();
        return new Period(campaign.startsOn(), end);
    }
}
