package vn.thidua.ledger.command.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;

/**
 * Today in Vietnam by Axon's message clock (the one events are stamped with, which fixture tests can set). What
 * was done — signed, submitted, held, decided — is recorded once done: a day ahead of today would count in a
 * period that has not come yet.
 */
public final class Today {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), VIETNAM);
    }

    /**
     * {@code day}, when it is not after today.
     *
     * @param what the day's meaning in Vietnamese, as the message opens with it ("Ngày ký cam kết")
     * @throws RefusedException INVALID with {@code rule} on {@code field} otherwise
     */
    public static LocalDate notAfter(LocalDate day, String rule, String field, String what) {
        LocalDate today = date();
        if (day.isAfter(today)) {
            throw RefusedException.invalid(rule, field, what + " " + day + " ở tương lai (hôm nay là " + today + ")");
        }
        return day;
    }

    /**
     * {@code period}, when it has begun: what is evaluated or surveyed is what was done in it.
     *
     * @param what the period's meaning in Vietnamese, as the message opens with it ("Kỳ đánh giá")
     * @throws RefusedException INVALID with {@code rule} on {@code field} when it starts after today
     */
    public static Period begun(Period period, String rule, String field, String what) {
        LocalDate today = date();
        if (period.from().isAfter(today)) {
            throw RefusedException.invalid(rule, field, what + " " + period + " chưa bắt đầu (hôm nay là " + today
                    + ")");
        }
        return period;
    }
}
