package vn.thidua.ledger.api.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaSetRefTest {

    @Test
    void bareIdLeavesTheVersionToThePeriod() {
        CriteriaSetRef ref = CriteriaSetRef.parse("HN-3814");
        assertThat(ref.id()).isEqualTo(new CriteriaSetId("HN-3814"));
        assertThat(ref.version()).isNull();
        assertThat(ref.pinned()).isFalse();
    }

    @Test
    void idAtVersionPinsTheVersion() {
        CriteriaSetRef ref = CriteriaSetRef.parse("HN-3814@2");
        assertThat(ref).isEqualTo(CriteriaSetRef.of(new CriteriaSetId("HN-3814"), 2));
        assertThat(ref.pinned()).isTrue();
    }

    @Test
    void printsAsWritten() {
        assertThat(CriteriaSetRef.parse("ND-335.2025@12")).hasToString("ND-335.2025@12");
        assertThat(CriteriaSetRef.parse(" HN-3814 ")).hasToString("HN-3814");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HN-3814@", "HN-3814@0", "HN-3814@-1", "HN-3814@v2", "@2", "HN 3814", "HN-3814@1@2",
            "Bộ-tiêu-chí"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> CriteriaSetRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAndWritesAsOneJsonString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CriteriaSetRef ref = CriteriaSetRef.parse("HN-3814@2");
        assertThat(json.writeValueAsString(ref)).isEqualTo("\"HN-3814@2\"");
        assertThat(json.readValue("\"HN-3814@2\"", CriteriaSetRef.class)).isEqualTo(ref);
    }
}
