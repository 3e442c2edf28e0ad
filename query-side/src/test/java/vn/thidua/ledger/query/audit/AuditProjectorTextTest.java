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
}
