package vn.thidua.ledger.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionChecklistTest {

    @Test
    void firstVersionHoldsTheSevenItemsOfSeed001() {
        assertThat(InspectionChecklist.version(1).orElseThrow().items())
                .extracting(InspectionChecklist.Item::code)
                .containsExactly("LAUNCH_ORGANISED", "COVENANT_SIGNED", "CONTENT_IMPLEMENTED", "SELF_INSPECTION_DONE",
                        "REVIEW_AND_AWARDS_DONE", "GRASSROOTS_DEMOCRACY_APPLIED", "DUTIES_PERFORMED");
    }

    @Test
    void itemsCarryVietnameseLabels() {
        assertThat(InspectionChecklist.version(1).orElseThrow().item("COVENANT_SIGNED").orElseThrow().label())
                .isEqualTo("Ký kết giao ước thi đua");
    }

    @Test
    void versionInForceIsTheLatestThatTookEffectElseTheEarliest() {
        assertThat(InspectionChecklist.inForceOn(LocalDate.of(2024, 1, 1)).version()).isEqualTo(1);
        assertThat(InspectionChecklist.inForceOn(LocalDate.of(2010, 1, 1)).version()).isEqualTo(1);
    }

    @Test
    void parsesVersionsOldestFirst() throws IOException {
        String json = """
                {"versions": [
                  {"version": 2, "effectiveFrom": "2026-01-01", "source": "s2", "items": [{"code": "B", "label": "b", "labelEn": "b"}]},
                  {"version": 1, "effectiveFrom": "2019-11-07", "source": "s1", "items": [{"code": "A", "label": "a", "labelEn": "a"}]}
                ]}""";
        assertThat(InspectionChecklist.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .extracting(InspectionChecklist::version).containsExactly(1, 2);
    }

    @Test
    void catalogueWithoutVersionsIsRefused() {
        assertThatThrownBy(() -> InspectionChecklist.parse(
                new ByteArrayInputStream("{\"versions\": []}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }
}
