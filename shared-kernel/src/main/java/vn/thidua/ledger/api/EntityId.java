package vn.thidua.ledger.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client-chosen identifier of one kind of entity. {@link #kind()} is the collection name used in the
 * API's paths ({@code units}, {@code persons}, …); {@code toString()} of an implementation is the
 * event-store stream name, prefixed by kind so that a unit and a person may share an id.
 */
public interface EntityId {

    String REGEX = "[A-Za-z0-9._-]{1,64}";
    Pattern FORMAT = Pattern.compile(REGEX);

    String value();

    String kind();

    static String requireValid(String value) {
        Objects.requireNonNull(value, "id must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("id must match " + FORMAT.pattern() + ": " + value);
        }
        return value;
    }
}
