package vn.thidua.ledger.query.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the sheets of one workbook, as Excel accepts them: at most 31 characters, none of {@code []:*?/\},
 * no apostrophe at either end, not "History", and unique regardless of case.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String UNNAMED = "Bảng";

    private final Set<String> taken = new HashSet<>();

    /** A valid name close to {@code wanted}, numbered " (2)", " (3)"… when already taken in this workbook. */
    String next(String wanted) {
        String base = sanitise(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
        }
        return name;
    }

    static String sanitise(String wanted) {
        String name = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "-").strip();
        name = cut(name, MAX_LENGTH).replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        return name.equalsIgnoreCase("History") ? name + "-" : name; // Excel reserves "History"
    }

    /** At most {@code length} UTF-16 units (Excel's count), never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
