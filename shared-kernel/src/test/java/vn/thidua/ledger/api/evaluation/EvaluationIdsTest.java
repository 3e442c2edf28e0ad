package vn.thidua.ledger.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;

class EvaluationIdsTest {

    @Test
    void personEvaluationIsNamedByPersonAndMonth() {
        PersonEvaluationId id = PersonEvaluationId.of(new PersonId("LB-PNV-01"), Period.parse("2024-05"));
        assertThat(id.value()).isEqualTo("LB-PNV-01.2024-05");
        assertThat(id.kind()).isEqualTo("evaluations");
        assertThat(id).hasToString("person-evaluation:LB-PNV-01.2024-05");
    }

    @Test
    void unitEvaluationWritesTheDotsOfARangeAsAnUnderscore() {
        UnitId unit = new UnitId("LB-PNV");
        assertThat(UnitEvaluationId.of(unit, Period.parse("2024")).value()).isEqualTo("LB-PNV.2024");
        assertThat(UnitEvaluationId.of(unit, Period.parse("2024-Q2")).value())
                .isEqualTo("LB-PNV.2024-04-01_2024-06-30");
        assertThat(UnitEvaluationId.of(unit, Period.parse("2024-05")).value()).isEqualTo("LB-PNV.2024-05");
    }

    @Test
    void personAndUnitEvaluationsOfOneIdLiveInDifferentStreams() {
        Period may = Period.parse("2024-05");
        assertThat(PersonEvaluationId.of(new PersonId("LB"), may).value())
                .isEqualTo(UnitEvaluationId.of(new UnitId("LB"), may).value());
        assertThat(PersonEvaluationId.of(new PersonId("LB"), may).toString())
                .isNotEqualTo(UnitEvaluationId.of(new UnitId("LB"), may).toString());
    }

    @Test
    void longSubjectIdsAreShortenedIntoAValidUniqueId() {
        String longId = "X".repeat(60);
        Period range = Period.parse("2024-01-01..2024-06-30");
        String first = UnitEvaluationId.of(new UnitId(longId + "-A"), range).value();
        String second = UnitEvaluationId.of(new UnitId(longId + "-B"), range).value();
        assertThat(first).hasSize(64).matches(EntityId.REGEX).endsWith(".2024-01-01_2024-06-30").startsWith("XXXX");
        assertThat(second).hasSize(64).isNotEqualTo(first);
        assertThat(UnitEvaluationId.of(new UnitId(longId + "-A"), range).value()).isEqualTo(first);
    }

    @Test
    void idsThatFitAreKeptWhole() {
        String id = "P".repeat(56);
        assertThat(PersonEvaluationId.of(new PersonId(id), Period.parse("2024-05")).value()).isEqualTo(id + ".2024-05");
    }
}
