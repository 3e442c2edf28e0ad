package vn.thidua.ledger.command.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.hn3814;
import static vn.thidua.ledger.command.criteria.CriteriaSetDraft.number;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.criteria.Band;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.evaluation.PersonEvaluationCorrected;
import vn.thidua.ledger.api.evaluation.PersonEvaluationId;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.eventstore.EventStoreConfiguration;

/** Criteria sets and scores are stored exactly: 89.99 stays 89.99 and 0.30 stays 0.30 through the event store. */
class CriteriaSetSerializationTest {

    private final Serializer eventSerializer = new EventStoreConfiguration().eventSerializer();

    private <T> T roundTrip(T event, String... expectedJsonFragments) {
        SerializedObject<byte[]> stored = eventSerializer.serialize(event, byte[].class);
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains(expectedJsonFragments);
        return eventSerializer.deserialize(stored);
    }

    @Test
    void publishedCriteriaSetRoundTripsExactly() {
        CriteriaSetPublished event = new CriteriaSetPublished(hn3814()
                .bands(new Band("A", number("89.99"), "Hoàn thành xuất sắc nhiệm vụ"), new Band("B", number("70.0")),
                        new Band("D", number("-1E+1")))
                .quota(new Quota("A", number("0.30"), "B"))
                .build());
        CriteriaSetPublished read = roundTrip(event, "\"min\":89.99", "\"min\":70.0", "\"maxShare\":0.30",
                "\"effectiveFrom\":\"2018-07-01\"", "\"id\":\"HN-3814\"", "Hoàn thành xuất sắc nhiệm vụ");
        assertThat(read).isEqualTo(event);
        assertThat(read.criteriaSet().bands().get(0).min()).hasToString("89.99");
    }

    @Test
    void correctedScoresRoundTripExactlyAndInOrder() {
        Map<String, java.math.BigDecimal> scores = new LinkedHashMap<>();
        scores.put("TASKS", number("69.99"));
        scores.put("DISCIPLINE", number("20.00"));
        PersonEvaluationCorrected event = new PersonEvaluationCorrected(PersonEvaluationId.of("LB-PNV-01.2024-05"),
                new PersonId("LB-PNV-01"), new UnitId("LB-PNV"), YearMonth.of(2024, 5), EvaluationStage.HEAD_DECISION,
                new CriteriaSetId("HN-3814"), 1, scores, "Sửa điểm", "e-1", 0, new CriteriaSetId("HN-3814"), 1,
                Map.of("TASKS", number("89.99")));
        PersonEvaluationCorrected read = roundTrip(event, "\"scores\":{\"TASKS\":69.99,\"DISCIPLINE\":20.00}",
                "\"period\":\"2024-05\"", "\"evaluationId\":\"LB-PNV-01.2024-05\"");
        assertThat(read).isEqualTo(event);
        assertThat(read.scores().keySet()).containsExactly("TASKS", "DISCIPLINE");
    }
}
