package vn.thidua.ledger.api.violation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

class ViolationEventTest {

    private static final ViolationId VIOLATION = new ViolationId("VP-2024-001");
    private static final LocalDate MAY_17 = LocalDate.of(2024, 5, 17);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aPersonsViolationConcernsTheViolationThePersonAndTheirUnit() {
        ViolationConfirmed event = new ViolationConfirmed(VIOLATION, SubjectKind.PERSON, "LB-PNV-001",
                new UnitId("LB-PNV"), MAY_17, "Đoàn kiểm tra kết luận");
        assertThat(event.subjects()).containsExactly(VIOLATION, new PersonId("LB-PNV-001"), new UnitId("LB-PNV"));
        assertThat(event.businessTime()).isEqualTo("2024-05-17");
    }

    @Test
    void aUnitsViolationConcernsTheViolationAndTheUnitOnce() {
        ViolationRecorded event = new ViolationRecorded(VIOLATION, SubjectKind.UNIT, "LB-PNV", new UnitId("LB-PNV"),
                "QTUX-THE-DEO", 1, MAY_17, ViolationSource.INSPECTION, null, null);
        assertThat(event.subjects()).containsExactly(VIOLATION, new UnitId("LB-PNV"));
    }

    @Test
    void aSanctionSpeaksOfTheDayOfItsDecision() {
        SanctionImposed event = new SanctionImposed(VIOLATION, SubjectKind.PERSON, "LB-PNV-001", new UnitId("LB-PNV"),
                null, false, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 6, 3), "15/QĐ-UBND");
        assertThat(event.businessTime()).isEqualTo("2024-06-03");
    }

    @Test
    void serialisesItsFieldsOnlyAndReadsBackEqual() throws Exception {
        ViolationRecorded event = new ViolationRecorded(VIOLATION, SubjectKind.PERSON, "LB-PNV-001",
                new UnitId("LB-PNV"), "NK-1", 1, MAY_17, ViolationSource.CITIZEN_COMPLAINT,
                "Gây khó khăn cho người dân khi làm thủ tục", "Đơn thư số 12/2024");
        JsonNode tree = json.valueToTree(event);
        assertThat(tree.has("subject")).isFalse();
        assertThat(tree.has("subjects")).isFalse();
        assertThat(tree.get("violationId").asText()).isEqualTo("VP-2024-001");
        assertThat(tree.get("occurredOn").asText()).isEqualTo("2024-05-17");
        assertThat(json.treeToValue(tree, ViolationRecorded.class)).isEqualTo(event);
    }

    @Test
    void anAnnulmentSpeaksOfItsOwnDayAndOneStoredWithoutItOfTheDecisionItAnnulled() throws Exception {
        SanctionAnnulled annulled = new SanctionAnnulled(VIOLATION, SubjectKind.PERSON, "LB-PNV-001",
                new UnitId("LB-PNV"), SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 6, 3), "15/QĐ-UBND", "Khiếu nại",
                LocalDate.of(2024, 9, 20), "12/QĐ-UBND");
        assertThat(annulled.businessTime()).isEqualTo("2024-09-20");
        // as revision 1 stored it: no day, no decision of its own
        SanctionAnnulled revision1 = json.readValue("""
                {"violationId": "VP-2024-001", "subjectKind": "PERSON", "subjectId": "LB-PNV-001", "unitId": "LB-PNV",
                 "form": "KHIEN_TRACH", "decidedOn": "2024-06-03", "decisionNo": "15/QĐ-UBND", "reason": "Khiếu nại"}""",
                SanctionAnnulled.class);
        assertThat(revision1.annulledOn()).isNull();
        assertThat(revision1.businessTime()).isEqualTo("2024-06-03");
    }
}
