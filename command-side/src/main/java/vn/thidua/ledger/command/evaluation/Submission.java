package vn.thidua.ledger.command.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.ledger.api.criteria.CriteriaSetId;

/**
 * What an evaluation holds of the submission in effect for a stage: the event that recorded it (its identifier
 * and place in the stream), so that a resubmission can say what it corrects, and what it recorded.
 */
record Submission(String eventId, long sequence, CriteriaSetId criteriaSetId, int criteriaSetVersion,
                  Map<String, BigDecimal> scores, String note) {

    /**
     * Whether a submission of these would record nothing new: the same set and version, the same score for every
     * criterion (62.5 and 62.50 alike; a criterion left out counts 0, as scored 0) and the same note. Such a
     * resubmission (a file sent again) stores no event, so that a trail's corrections are the changes and nothing
     * else.
     */
    boolean sameAs(CriteriaSetId otherSet, int otherVersion, Map<String, BigDecimal> otherScores, String otherNote) {
        if (!criteriaSetId.equals(otherSet) || criteriaSetVersion != otherVersion
                || !Objects.equals(note, otherNote)) {
            return false;
        }
        Set<String> codes = new HashSet<>(scores.keySet());
        codes.addAll(otherScores.keySet());
        return codes.stream().allMatch(code -> scores.getOrDefault(code, BigDecimal.ZERO)
                .compareTo(otherScores.getOrDefault(code, BigDecimal.ZERO)) == 0);
    }
}
