package vn.thidua.ledger.query.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of an exported file (RFC 6266): the Vietnamese name as {@code filename*}
 * (RFC 5987) and, for clients that only read {@code filename}, the same name without diacritics.
 */
final class AttachmentName {

    private static final String FALLBACK = "export";

    private AttachmentName() {
    }

    static String contentDisposition(String baseName, String extension) {
        String base = clean(baseName);
        return "attachment; filename=\"" + asciiFallback(base) + "." + extension + "\"; filename*=UTF-8''"
                + percentEncode(base + "." + extension);
    }

    /** Keeps letters (diacritics stripped, đ → d), digits, dot, dash and underscore; the rest becomes "_". */
    static String asciiFallback(String baseName) {
        String stripped = Normalizer.normalize(baseName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String ascii = stripped.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[_.]+|[_.]+$", "");
        return ascii.isEmpty() ? FALLBACK : ascii;
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * No path separators, quotes, control characters or the other characters Windows refuses in a file name
     * ({@code : * ? < > |}: a campaign's period reads "campaign:LB-NKTC-2024:final") reach a file name, whatever
     * the caller passes.
     */
    private static String clean(String baseName) {
        String name = baseName == null ? "" : baseName.replaceAll("[\\p{Cntrl}/\\\\\":*?<>|]+", "_").strip();
        return name.isEmpty() ? FALLBACK : Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
