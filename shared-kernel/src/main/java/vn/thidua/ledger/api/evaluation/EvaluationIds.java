package vn.thidua.ledger.api.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;

/** Builds the id of the one evaluation of a subject for a period: {@code <subjectId>.<period>}. */
final class EvaluationIds {

    private static final int MAX_LENGTH = 64;
    private static final int HASH_LENGTH = 10;

    private EvaluationIds() {
    }

    /**
     * {@code <subjectId>.<period>}, the period as the API prints it with the ".." of a range written "_" (ids
     * allow no two dots in a row, by convention). An id that would exceed 64 characters keeps the start of the
     * subject's id and a digest of all of it, so that it stays valid, readable and unique.
     */
    static String compose(EntityId subject, Period period) {
        String suffix = "." + period.toString().replace("..", "_");
        String subjectPart = subject.value();
        if (subjectPart.length() + suffix.length() > MAX_LENGTH) {
            int keep = MAX_LENGTH - suffix.length() - HASH_LENGTH - 1;
            subjectPart = subjectPart.substring(0, keep) + "-" + digest(subjectPart);
        }
        return subjectPart + suffix;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
