package vn.thidua.ledger.command.directory;

import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;

/** Hamcrest matchers on {@link RefusedException}, for {@code expectException(Matcher)} in aggregate tests. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal by the rule {@code rule}, whatever its reason and field. */
    public static Matcher<RefusedException> refusedBy(String rule) {
        return new RefusalMatcher(null, rule, null);
    }

    /** A refusal for {@code reason} by the rule {@code rule}, naming the input field {@code field}. */
    public static Matcher<RefusedException> refused(Reason reason, String rule, String field) {
        return new RefusalMatcher(reason, rule, field);
    }

    private static final class RefusalMatcher extends TypeSafeMatcher<RefusedException> {

        private final Reason reason;
        private final String rule;
        private final String field;

        private RefusalMatcher(Reason reason, String rule, String field) {
            this.reason = reason;
            this.rule = Objects.requireNonNull(rule);
            this.field = field;
        }

        @Override
        protected boolean matchesSafely(RefusedException refusal) {
            return rule.equals(refusal.rule())
                    && (reason == null || reason == refusal.reason())
                    && (field == null || field.equals(refusal.field()));
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("refused by rule ").appendValue(rule);
            if (reason != null) {
                description.appendText(" as ").appendValue(reason);
            }
            if (field != null) {
                description.appendText(" on field ").appendValue(field);
            }
        }

        @Override
        protected void describeMismatchSafely(RefusedException refusal, Description description) {
            description.appendText("was refused by rule ").appendValue(refusal.rule())
                    .appendText(" as ").appendValue(refusal.reason())
                    .appendText(" on field ").appendValue(refusal.field())
                    .appendText(": ").appendValue(refusal.getMessage());
        }
    }
}
