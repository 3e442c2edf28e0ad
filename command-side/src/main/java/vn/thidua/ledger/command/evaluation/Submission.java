package vn.thidua.ledger.command.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import vn.thidua.ledger.api.criteria.CriteriaSetId;

/**
 * What an evaluation holds of the submission in effect for a stage: the event that recorded it (its identifier
 * and place in the stream), so that a resubmission can say what it corrects, and what it recorded.
 */
record Submission(String eventId, long sequence, CriteriaSetId criteriaSetId, int criteriaSetVersion,
                  Map<String, BigDecimal> scores) {
}
