package vn.thidua.ledger.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client-chosen identifier of one kind of entity. {@link #kind()} is the collection name used in the
 * API's paths ({@code units}, {@code persons}, …); {@code toString()} of an implementation is the
 * event-store stream name, prefixed by kind so that a unit and a person may share an id.
 */
public interface EntityId {

    /** API.md's id format, less "." and "..", which no request path can carry (they mean "here" and "up"). */
    String REGEX = "(?!\\.\\.?$)[A-Za-z0-9._-]{1,64}";
    Pattern FORMAT = Pattern.compile(REGEX);

    String value();

    String kind();

    static String requireValid(String value) {
        Objects.requireNonNull(value, "id must not be null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Mã '" + value + "' không hợp lệ: mã gồm 1 đến 64 ký tự chữ không dấu, "
                    + "số, dấu chấm, gạch dưới hoặc gạch ngang");
        }
        return value;
    }

    /**
     * Whether {@code value} is made of 1 to 64 of the id's characters, checked character by character: every id of
     * every event read is checked, and the regular expression took a tenth of a rebuild's reading. "." and ".."
     * pass: entities so named before {@link #isAddressable} was required must stay readable.
     */
    static boolean isValid(String value) {
        int length = value.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code id} as a request path names it, checked by hand (a constraint on a path variable would move a body's
     * errors into method validation): refused with 400 {@code ID_FORMAT} on {@code field} unless it matches
     * {@link #FORMAT}.
     */
    static String requirePathId(String id, String field) {
        if (!FORMAT.matcher(id).matches()) {
            throw RefusedException.invalid("ID_FORMAT", field, "Mã không hợp lệ: " + id);
        }
        return id;
    }

    /** Whether {@code value} matches {@link #REGEX}: valid, and not "." or "..", which no request path can carry. */
    static boolean isAddressable(String value) {
        return isValid(value) && !value.equals(".") && !value.equals("..");
    }
}
