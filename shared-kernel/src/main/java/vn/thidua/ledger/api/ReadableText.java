package vn.thidua.ledger.api;

/**
 * What the ledger takes as text, however it arrives (JSON, an imported file): no control character other than tab
 * and line breaks (C0, C1 — U+0085 is a line break only some readers know), and no half of a UTF-16 pair.
 */
public final class ReadableText {

    private ReadableText() {
    }

    /** The index of the first character of {@code text} no reader can read; -1 when there is none. */
    public static int firstUnreadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\u007F' && c <= '\u009F') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
