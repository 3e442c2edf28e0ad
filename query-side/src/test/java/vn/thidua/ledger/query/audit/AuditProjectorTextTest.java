package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AuditProjectorTextTest {

    @Test
    void nulCharactersAnywhereInAnEventAreReplacedSoTheTrailNeverStops() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode event = json.readTree("""
                {"name": "a\\u0000b", "items": ["ok", "c\\u0000"], "nested": {"note": "\\u0000"}, "n": 3}""");
        String written = json.writeValueAsString(AuditProjector.withoutNul(event));
        assertThat(written).doesNotContain("\\u0000").contains("a\\uFFFDb".replace("\\uFFFD", "\uFFFD"))
                .contains("\"n\":3").contains("\"ok\"");
    }

    @Test
    void aBusinessTimeNoPeriodReadsStillMakesAnEntryWithoutDays() {
        assertThat(AuditProjector.periodOf("-0001-01-01")).isNull();
        assertThat(AuditProjector.periodOf("+10000-01-01")).isNull();
        assertThat(AuditProjector.periodOf(null)).isNull();
        assertThat(AuditProjector.periodOf("2024-05").from()).isEqualTo(java.time.LocalDate.of(2024, 5, 1));
    }
}
