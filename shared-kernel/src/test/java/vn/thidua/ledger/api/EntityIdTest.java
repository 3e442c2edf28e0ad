package vn.thidua.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"Q01-001-001", "Q01-001-001.2022-01", "a", "A_b.c-9", "...", ".a", "a..", "..b", "_.",
            "0123456789012345678901234567890123456789012345678901234567890123"})
    void anIdOfLettersDigitsDotsUnderscoresAndDashesUpTo64IsValid(String id) {
        assertThat(EntityId.isValid(id)).isTrue();
        assertThat(EntityId.isAddressable(id)).isTrue().isEqualTo(EntityId.FORMAT.matcher(id).matches());
        assertThat(EntityId.requireValid(id)).isEqualTo(id);
    }

    @ParameterizedTest
    // "." and ".." mean "here" and "up" in a path: a new entity so named could never be addressed; one stored so
    // named before that was refused is still read
    @ValueSource(strings = {".", ".."})
    void aDotOrTwoIsReadButNotAddressable(String id) {
        assertThat(EntityId.requireValid(id)).isEqualTo(id);
        assertThat(EntityId.isAddressable(id)).isFalse().isEqualTo(EntityId.FORMAT.matcher(id).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Q01 001", "phường-1", "đ", "a/b", "a\nb", "ａ", "a+b",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void anyOtherIdIsRefused(String id) {
        assertThat(EntityId.isValid(id)).isFalse();
        assertThat(EntityId.isAddressable(id)).isFalse().isEqualTo(EntityId.FORMAT.matcher(id).matches());
        assertThatThrownBy(() -> EntityId.requireValid(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không hợp lệ");
    }
}
